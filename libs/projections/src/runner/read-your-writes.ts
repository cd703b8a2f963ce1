import type { Kysely } from 'kysely';
import { projectionFollower } from '@app/config';
import { checkpointsReached, type Database } from '@app/event-store';
import { PROJECTIONS } from '../model/registry.js';

/**
 * `minPosition`: true once every read model has applied the event at that position (and so
 * everything committed before it). Compared in the log's (transaction, position) order.
 */
export async function allProjectionsReached(db: Kysely<Database>, position: number): Promise<boolean> {
  const names = PROJECTIONS.map((p) => projectionFollower(p.name));
  return checkpointsReached(db, names, position);
}

// Requests wait through the process's one PositionWaiter (position-waiter.ts), not a loop each.
