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
    select coalesce(bool_and(c.name is not null and (c.transaction_id, c.position) >= (e.transaction_id, e.position)), false) as ok
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
 * Where these followers stand against the log's last event in (transaction, position) order:
 * `moved` once they applied anything, `done` once they reached that event.
 */
export async function followersAtHead(
  db: Kysely<Database>,
  names: readonly string[],
): Promise<Array<{ name: string; moved: boolean; done: boolean }>> {
  const { rows } = await sql<{ name: string; moved: boolean; done: boolean }>`
    select c.name, c.position > 0 as moved,
           (c.transaction_id, c.position) >= (select transaction_id, position from events order by transaction_id desc, position desc limit 1) as done
      from checkpoints c where c.name = any(${names}::text[])`.execute(db);
  return rows;
}
