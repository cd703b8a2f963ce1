import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { EventStore, Database } from '@app/event-store';
import { EVENT_STORE, KYSELY } from '@app/runtime';
import { LeasesService } from './leases.service.js';

/**
 * What the worker's log-following roles (projections, workflows) are built from: the app-role
 * database, the event store, the configuration, and the worker's leases (which roles it runs, and
 * the keeper of the one-across-workers leases).
 */
@Injectable()
export class WorkerContext {
  constructor(
    @Inject(KYSELY) readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(APP_CONFIG) readonly config: AppConfig,
    readonly leases: LeasesService,
  ) {}
}
