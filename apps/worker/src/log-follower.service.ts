import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LogSubscription, type EventStore } from '@app/event-store';
import { EVENT_STORE, KYSELY } from '@app/runtime';

/** Follows the log from its checkpoint and reports where it stands. */
@Injectable()
export class LogFollowerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LogFollower');
  private subscription?: LogSubscription;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<any>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = new LogSubscription(this.db, this.store, {
      name: 'worker.log-follower',
      batchSize: this.config.LOG_BATCH_SIZE,
      pollMs: this.config.LOG_POLL_MS,
      listen: { connectionString: this.config.DATABASE_URL },
      handle: async () => undefined,
      onBatch: (count, cp) => this.logger.log(`applied ${count} events, now at position ${cp.position}`),
      onError: (err) => this.logger.warn(`log follower: ${(err as Error).message}`),
    });
    this.subscription.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }
}
