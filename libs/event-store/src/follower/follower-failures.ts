import { sql, type Kysely } from 'kysely';
import type { RecordedEvent } from '../event-store.types.js';
import type { Database } from '../schema/database.generated.js';

/** Where a follower stopped: the event its batch keeps failing on, since when, and why. */
export interface FollowerFailure {
  name: string;
  position: number;
  eventId: string | null;
  type: string | null;
  error: string;
  since: Date;
  lastAt: Date;
  attempts: number;
}

/** An event an admin told a follower to skip, with why, who and when. */
export interface ParkedEvent {
  follower: string;
  eventId: string;
  position: number;
  type: string;
  reason: string;
  actor: { keyId: string; role: string; name: string | null };
  parkedAt: Date;
}

export class AlreadyParkedError extends Error {
  constructor(readonly parked: ParkedEvent) {
    super(`event ${parked.eventId} is already parked for ${parked.follower}`);
  }
}

/**
 * Records that `name` failed on `event` (first failure, or again). `since` stays at the first
 * failure on this position, so a stall is measured from it. Returns whether this is new.
 */
export async function recordFollowerFailure(
  db: Kysely<Database>,
  name: string,
  event: Pick<RecordedEvent, 'position' | 'eventId' | 'type'>,
  error: string,
): Promise<{ first: boolean; failure: FollowerFailure }> {
  const { rows } = await sql<FollowerFailureRow & { first: boolean }>`
    insert into follower_failures as f (name, position, event_id, event_type, error)
    values (${name}, ${event.position}, ${event.eventId}::uuid, ${event.type}, ${error.slice(0, 2000)})
    on conflict (name) do update set
      since = case when f.position = excluded.position then f.since else now() end,
      attempts = case when f.position = excluded.position then f.attempts + 1 else 1 end,
      position = excluded.position, event_id = excluded.event_id, event_type = excluded.event_type,
      error = excluded.error, last_at = now()
    returning *, attempts = 1 as first`.execute(db);
  return { first: rows[0].first, failure: toFailure(rows[0]) };
}

/** The follower got past whatever stopped it (inside the batch transaction that moved it). */
export async function clearFollowerFailure(db: Kysely<Database>, name: string): Promise<void> {
  await db.deleteFrom('follower_failures').where('name', '=', name).execute();
}

/** Failures of these followers (all when omitted). */
export async function followerFailures(db: Kysely<Database>, names?: readonly string[]): Promise<FollowerFailure[]> {
  let q = db.selectFrom('follower_failures').selectAll().orderBy('name');
  if (names) q = q.where('name', 'in', names.length ? [...names] : ['']);
  return (await q.execute()).map((r) => toFailure(r as unknown as FollowerFailureRow));
}

/** Failures older than `stallMs`, by the database clock. */
export async function stalledFollowers(db: Kysely<Database>, stallMs: number): Promise<FollowerFailure[]> {
  const { rows } = await sql<FollowerFailureRow>`
    select * from follower_failures where since <= clock_timestamp() - make_interval(secs => ${stallMs / 1000})
     order by name`.execute(db);
  return rows.map(toFailure);
}

/** Of these event ids, the ones parked for `follower`. */
export async function parkedAmong(
  db: Kysely<Database>,
  follower: string,
  eventIds: readonly string[],
): Promise<Set<string>> {
  if (!eventIds.length) return new Set();
  const { rows } = await sql<{ event_id: string }>`
    select event_id::text from parked_events
     where follower = ${follower} and event_id = any(${eventIds}::uuid[])`.execute(db);
  return new Set(rows.map((r) => r.event_id));
}

/** Every event parked for `follower` (what a rebuild leaves out). */
export async function parkedEventIds(db: Kysely<Database>, follower: string): Promise<Set<string>> {
  const { rows } = await sql<{ event_id: string }>`
    select event_id::text from parked_events where follower = ${follower}`.execute(db);
  return new Set(rows.map((r) => r.event_id));
}

/**
 * Parks an event for a follower: null when the log has no such event; AlreadyParkedError when
 * it is parked for it already. The event's position and type are copied for the admin reads.
 */
export async function parkEvent(
  db: Kysely<Database>,
  p: { follower: string; eventId: string; reason: string; actor: ParkedEvent['actor'] },
): Promise<ParkedEvent | null> {
  const { rows } = await sql<ParkedRow>`
    insert into parked_events (follower, event_id, position, event_type, reason, actor)
    select ${p.follower}, e.event_id, e.position, e.type, ${p.reason}, ${JSON.stringify(p.actor)}::jsonb
      from events e where e.event_id = ${p.eventId}::uuid
    on conflict (follower, event_id) do nothing
    returning *`.execute(db);
  if (rows[0]) return toParked(rows[0]);
  const existing = await db
    .selectFrom('parked_events')
    .selectAll()
    .where('follower', '=', p.follower)
    .where('event_id', '=', p.eventId)
    .executeTakeFirst();
  if (existing) throw new AlreadyParkedError(toParked(existing as unknown as ParkedRow));
  return null;
}

/** Unparks; answers what was parked, or null when it was not. */
export async function unparkEvent(
  db: Kysely<Database>,
  follower: string,
  eventId: string,
): Promise<ParkedEvent | null> {
  const row = await db
    .deleteFrom('parked_events')
    .where('follower', '=', follower)
    .where('event_id', '=', eventId)
    .returningAll()
    .executeTakeFirst();
  return row ? toParked(row as unknown as ParkedRow) : null;
}

/** Events parked for these followers, by position. */
export async function parkedEvents(db: Kysely<Database>, followers: readonly string[]): Promise<ParkedEvent[]> {
  if (!followers.length) return [];
  const rows = await db
    .selectFrom('parked_events')
    .selectAll()
    .where('follower', 'in', [...followers])
    .orderBy('position')
    .execute();
  return rows.map((r) => toParked(r as unknown as ParkedRow));
}

interface FollowerFailureRow {
  name: string;
  position: string | number;
  event_id: string | null;
  event_type: string | null;
  error: string;
  since: Date;
  last_at: Date;
  attempts: number;
}

interface ParkedRow {
  follower: string;
  event_id: string;
  position: string | number;
  event_type: string;
  reason: string;
  actor: ParkedEvent['actor'];
  parked_at: Date;
}

const toFailure = (r: FollowerFailureRow): FollowerFailure => ({
  name: r.name,
  position: Number(r.position),
  eventId: r.event_id,
  type: r.event_type,
  error: r.error,
  since: r.since,
  lastAt: r.last_at,
  attempts: r.attempts,
});

const toParked = (r: ParkedRow): ParkedEvent => ({
  follower: r.follower,
  eventId: r.event_id,
  position: Number(r.position),
  type: r.event_type,
  reason: r.reason,
  actor: r.actor,
  parkedAt: r.parked_at,
});
