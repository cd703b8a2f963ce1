import { sql, type Kysely } from 'kysely';
import { projectionFollower } from '@app/config';
import { PROJECTIONS } from '../model/registry.js';

/**
 * `minPosition`: true once every read model has applied the event at that position (and so
 * everything committed before it). Compared in the log's (transaction, position) order.
 */
export async function allProjectionsReached(db: Kysely<any>, position: number): Promise<boolean> {
  const names = PROJECTIONS.map((p) => projectionFollower(p.name));
  const { rows } = await sql<{ ok: boolean }>`
    select coalesce(bool_and(c.name is not null and (c.transaction_id, c.position) >= (e.transaction_id, e.position)), false) as ok
      from unnest(${names}::text[]) as n(name)
      cross join (select transaction_id, position from events where position = ${position}) e
      left join checkpoints c on c.name = n.name`.execute(db);
  if (rows.length && rows[0].ok) return true;
  // A position past the head (or never written) cannot be waited for meaningfully: compare with the head.
  const head = await sql<{ exists: boolean }>`select exists(select 1 from events where position = ${position}) as exists`.execute(db);
  return !head.rows[0].exists && position <= 0;
}

export async function waitForPosition(db: Kysely<any>, position: number, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await allProjectionsReached(db, position)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}
