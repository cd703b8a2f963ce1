import { Inject, Module, Optional, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EventStore, type DatabaseHandle, type Database } from '@app/event-store';
import { openAppPool } from './persistence.module.js';
import { EVENT_STORE, KYSELY } from './tokens.js';

/** The query endpoints' database: a pool on DATABASE_READ_URL (a replica), else the main pool. */
export const READ_KYSELY = Symbol('READ_KYSELY');
/** Event reads of the query endpoints (history, as-of folds) on the same database as READ_KYSELY. */
export const READ_EVENT_STORE = Symbol('READ_EVENT_STORE');
const READ_DATABASE = Symbol('READ_DATABASE');

/** A pool on the replica, as the app role (the role and its grants replicate with the data). */
export function openReadDatabase(config: AppConfig, applicationName: string): DatabaseHandle | null {
  if (!config.DATABASE_READ_URL) return null;
  return openAppPool(config, config.DATABASE_READ_URL, applicationName);
}

/**
 * Reads and their `minPosition` waits share one pool, so read-your-writes waits for the
 * database the read will actually query (on a replica: until the replica has the projected rows).
 */
@Module({
  providers: [
    {
      provide: READ_DATABASE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        openReadDatabase(config, `claimtrail-${process.env.CLAIMTRAIL_PROCESS ?? 'app'}-read`),
    },
    {
      provide: READ_KYSELY,
      inject: [READ_DATABASE, KYSELY],
      useFactory: (read: DatabaseHandle | null, main: Kysely<Database>) => read?.db ?? main,
    },
    {
      provide: READ_EVENT_STORE,
      inject: [READ_DATABASE, EVENT_STORE],
      useFactory: (read: DatabaseHandle | null, main: EventStore) =>
        read ? new EventStore(read.db, main.upcasters) : main,
    },
  ],
  exports: [READ_KYSELY, READ_EVENT_STORE],
})
export class ReadDatabaseModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(READ_DATABASE) private readonly read: DatabaseHandle | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.read?.close();
  }
}
