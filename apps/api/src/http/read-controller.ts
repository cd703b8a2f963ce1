import { Inject } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database, EventStore } from '@app/event-store';
import { READ_EVENT_STORE, READ_KYSELY } from '@app/runtime';

/**
 * A controller that reads the read models (`db`) and, for as-of reads, folds the log (`store`), both
 * on the read connection. Nest injects them into a subclass that declares no constructor of its own.
 */
export abstract class ReadController {
  constructor(
    @Inject(READ_KYSELY) protected readonly db: Kysely<Database>,
    @Inject(READ_EVENT_STORE) protected readonly store: EventStore,
  ) {}
}
