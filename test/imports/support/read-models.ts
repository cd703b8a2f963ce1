// Runs every projection in-process until it has applied the whole log (the worker is not running
// in these suites). The gap-safe reader waits for the cluster's oldest transaction, which other
// suites' databases on the same server can hold back, so this keeps polling until nothing is pending.
import { sql, type Kysely } from 'kysely';
import { EventStore, LogSubscription } from '@app/event-store';
import { LIVE, PROJECTIONS } from '@app/projections';
import { projectionFollower } from '@app/config';

async function pending(db: Kysely<any>, projection: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from events e
     where not exists (select 1 from checkpoints c where c.name = ${projectionFollower(projection)}
                        and (e.transaction_id, e.position) <= (c.transaction_id, c.position))`.execute(db);
  return rows[0].n;
}

export async function catchUpReadModels(db: Kysely<any>, timeoutMs = 50_000): Promise<void> {
  const store = new EventStore(db, undefined, -1);
  const deadline = Date.now() + timeoutMs;
  for (const p of PROJECTIONS) {
    const sub = new LogSubscription(db, store, {
      name: projectionFollower(p.name),
      batchSize: 5000,
      handle: (events, trx) => p.apply(events, trx, LIVE),
    });
    for (;;) {
      await sub.drain();
      if ((await pending(db, p.name)) === 0) break;
      if (Date.now() > deadline) throw new Error(`read model ${p.name} did not catch up in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
