import type { Kysely } from 'kysely';
import { projectionFollower } from '@app/config';
import {
  AlreadyParkedError,
  parkEvent,
  unparkEvent,
  type Database,
  type FollowerFailure,
  type ParkedEvent,
} from '@app/event-store';
import type { ParkedEventResponse } from './park-event.response.js';

export { AlreadyParkedError };

/** Parks an event for a read model (its live runner skips it, rebuilds leave it out); null: no such event. */
export async function parkProjectionEvent(
  db: Kysely<Database>,
  projection: string,
  p: { eventId: string; reason: string; actor: ParkedEvent['actor'] },
): Promise<ParkedEventResponse | null> {
  const parked = await parkEvent(db, { follower: projectionFollower(projection), ...p });
  return parked && toParkedResponse(parked);
}

/**
 * Unparks; answers the park removed, or null. A live model already past the event stays so: the
 * next rebuild applies it.
 */
export async function unparkProjectionEvent(
  db: Kysely<Database>,
  projection: string,
  eventId: string,
): Promise<ParkedEventResponse | null> {
  const removed = await unparkEvent(db, projectionFollower(projection), eventId);
  return removed && toParkedResponse(removed);
}

export const toParkedResponse = (p: ParkedEvent): ParkedEventResponse => ({
  projection: p.follower.replace(/^projection:/, ''),
  eventId: p.eventId,
  position: p.position,
  type: p.type,
  reason: p.reason,
  actor: { keyId: p.actor.keyId, role: p.actor.role, name: p.actor.name ?? null },
  parkedAt: p.parkedAt.toISOString(),
});

export const toFailureResponse = (f: FollowerFailure) => ({
  position: f.position,
  eventId: f.eventId,
  type: f.type,
  error: f.error,
  since: f.since.toISOString(),
  lastAt: f.lastAt.toISOString(),
  attempts: f.attempts,
});
