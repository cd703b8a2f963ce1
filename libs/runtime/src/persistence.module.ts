import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, queuePrefixOf } from '@app/config';
import { createDatabase, deploymentId, EventStore, migrateToLatest, type DatabaseHandle } from '@app/event-store';
import { DATABASE, EVENT_STORE, KYSELY } from './tokens.js';

/** The QUEUE_PREFIX this process derived (not one the operator set), to derive again for another database. */
let derivedQueuePrefix: string | undefined;

/**
 * Runs migrations as the owner connection; call before the app starts serving. Without a
 * QUEUE_PREFIX set, it derives the default from the database's identity into the environment,
 * where the app's configuration (loaded after this) takes it.
 */
export async function prepareDatabase(config: AppConfig): Promise<string[]> {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded Postgres)');
  const owner = createDatabase({ url: config.DATABASE_URL, poolMax: 1, applicationName: 'claimtrail-migrate' });
  try {
    const applied = await migrateToLatest(owner.db, config.DATABASE_APP_ROLE || undefined);
    const set = process.env.QUEUE_PREFIX;
    if (!set || set === derivedQueuePrefix) {
      derivedQueuePrefix = queuePrefixOf(await deploymentId(owner.db));
      process.env.QUEUE_PREFIX = derivedQueuePrefix;
    }
    return applied;
  } finally {
    await owner.close();
  }
}

export function openAppDatabase(config: AppConfig, applicationName: string): DatabaseHandle {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  return openAppPool(config, config.DATABASE_URL, applicationName);
}

/** A pool as the app role with the configured size and timeouts: the main database's, or a replica's. */
export function openAppPool(config: AppConfig, url: string, applicationName: string): DatabaseHandle {
  return createDatabase({
    url,
    role: config.DATABASE_APP_ROLE || undefined,
    poolMax: config.DATABASE_POOL_MAX,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TX_TIMEOUT_MS,
    applicationName,
  });
}

@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        openAppDatabase(config, `claimtrail-${process.env.CLAIMTRAIL_PROCESS ?? 'app'}`),
    },
    { provide: KYSELY, inject: [DATABASE], useFactory: (d: DatabaseHandle) => d.db },
    { provide: EVENT_STORE, inject: [KYSELY], useFactory: (db: DatabaseHandle['db']) => new EventStore(db) },
  ],
  exports: [DATABASE, KYSELY, EVENT_STORE],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
