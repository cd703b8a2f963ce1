import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Database } from '@app/event-store';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { READ_KYSELY, ReadDatabaseModule } from '@app/runtime';
import { GetIncidentHandler } from './queries/get-incident/get-incident.handler.js';
import { MinPositionInterceptor } from './queries/shared/min-position.interceptor.js';
import { PositionWaiter } from './runner/position-waiter.js';

/**
 * The read side of the API (its controllers are in apps/api/src/http): the incident picture's
 * query handler and the minPosition wait. Queries and their minPosition waits use the read pool
 * (DATABASE_READ_URL); the projection admin writes, so it stays on the main pool.
 */
@Module({
  imports: [CqrsModule, ReadDatabaseModule],
  providers: [
    GetIncidentHandler,
    {
      // One per process: every minPosition wait shares its LISTEN session and its queries.
      provide: PositionWaiter,
      inject: [READ_KYSELY, APP_CONFIG],
      useFactory: (db: Kysely<Database>, config: AppConfig) => {
        const logger = new Logger('MinPosition');
        const url = config.DATABASE_READ_URL ?? config.DATABASE_URL;
        return new PositionWaiter(db, {
          listen: url ? { connectionString: url, application_name: 'claimtrail-min-position' } : undefined,
          log: (m) => logger.warn(m),
        });
      },
    },
    { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
  ],
})
export class ProjectionsModule implements OnApplicationShutdown {
  constructor(@Inject(PositionWaiter) private readonly waiter: PositionWaiter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.waiter.close();
  }
}
