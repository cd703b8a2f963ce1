import { sql, type Kysely } from 'kysely';
import type { LogCheckpoint } from '../event-store.types.js';
import type { Database } from '../schema/database.generated.js';

/** The (transaction, position) pair of the event stored at `position`; null when there is none. */
export async function eventCheckpoint(db: Kysely<Database>, position: number): Promise<LogCheckpoint | null> {
  const row = await db
    .selectFrom('events')
    .select([sql<string>`transaction_id::text`.as('transaction_id'), 'position'])
    .where('position', '=', position)
    .executeTakeFirst();
  return row ? { transactionId: row.transaction_id, position: row.position } : null;
}

/**
 * True once every named follower's checkpoint has passed the event at `position` (and so
 * everything committed before it), compared in the log's (transaction, position) order. A
 * position never written can only be waited for when it is 0 or below.
 */
export async function checkpointsReached(
  db: Kysely<Database>,
  names: readonly string[],
  position: number,
): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`
    select coalesce(bool_and(c.name is not null
                             and (c.transaction_id, c.position) >= (e.transaction_id, e.position)), false) as ok
      from unnest(${names}::text[]) as n(name)
      cross join (select transaction_id, position from events where position = ${position}) e
      left join checkpoints c on c.name = n.name`.execute(db);
  if (rows.length && rows[0].ok) return true;
  const head = await sql<{
    exists: boolean;
  }>`select exists(select 1 from events where position = ${position}) as exists`.execute(db);
  return !head.rows[0].exists && position <= 0;
}

/**
 * Of these positions, the ones every named follower has passed (checkpointsReached for many at
 * once: one statement however many requests wait). Positions at or below 0 always count.
 */
export async function positionsReached(
  db: Kysely<Database>,
  names: readonly string[],
  positions: readonly number[],
): Promise<Set<number>> {
  const reached = new Set(positions.filter((p) => p <= 0));
  const asked = positions.filter((p) => p > 0);
  if (!asked.length) return reached;
  const { rows } = await sql<{ position: string }>`
    select e.position
      from events e
      cross join unnest(${names}::text[]) as n(name)
      left join checkpoints c on c.name = n.name
     where e.position = any(${asked}::bigint[])
     group by e.position
    having bool_and(c.name is not null and (c.transaction_id, c.position) >= (e.transaction_id, e.position))`.execute(
    db,
  );
  for (const r of rows) reached.add(Number(r.position));
  return reached;
}

/** Channel the read models notify after each committed batch: their checkpoints moved. */
export const CHECKPOINTS_CHANNEL = 'claimtrail_checkpoints';

/**
 * Where these followers stand against the log's last event in (transaction, position) order:
 * `moved` once they applied anything, `done` once they reached that event.
 */
export async function followersAtHead(
  db: Kysely<Database>,
  names: readonly string[],
): Promise<Array<{ name: string; moved: boolean; done: boolean }>> {
  const { rows } = await sql<{ name: string; moved: boolean; done: boolean }>`
    select c.name, c.position > 0 as moved,
           (c.transaction_id, c.position) >= (select transaction_id, position from events
                                               order by transaction_id desc, position desc limit 1) as done
      from checkpoints c where c.name = any(${names}::text[])`.execute(db);
  return rows;
}
