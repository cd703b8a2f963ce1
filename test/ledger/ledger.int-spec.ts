import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { FOLLOWERS } from '@app/config';
import { EventStore, LedgerSealer, verifyLedger } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('ledger');
  store = new EventStore(tdb.app.db);
});
afterAll(async () => tdb.drop());

async function writeSome(n: number): Promise<number[]> {
  const positions: number[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; i < n / 4; i++) {
        const r = await store.append(`test-${randomUUID()}`, [
          { type: 'Noted', data: { w, i, text: 'Ünïcode ✓ "quotes"' } },
          { type: 'Noted2', data: { nested: { b: 1, a: [1, 2] } } },
        ]);
        positions.push(r.lastPosition);
      }
    }),
  );
  return positions;
}

describe('sealed ledger', () => {
  it('seals the log in chained runs while writers append, and verifies', async () => {
    const sealer = new LedgerSealer(tdb.app.db, { checkpoint: FOLLOWERS.sealer, batchSize: 37, intervalMs: 10 });
    sealer.start();
    await writeSome(200);
    await sealer.stop();
    // Transactions in other databases of this server hold the snapshot's xmin back for a moment:
    // keep sealing until the whole log is covered, with a deadline.
    const total = await sql<{ n: number }>`select count(*)::int as n from events`.execute(tdb.owner.db);
    let sealed = 0;
    for (const deadline = Date.now() + 30_000; sealed < total.rows[0].n && Date.now() < deadline;) {
      await sealer.drain();
      sealed = (
        await sql<{ s: number }>`select coalesce(sum(event_count), 0)::int as s from ledger_seals`.execute(tdb.owner.db)
      ).rows[0].s;
      if (sealed < total.rows[0].n) await new Promise((r) => setTimeout(r, 50));
    }
    const { rows } = await sql<{ n: number; events: number; seals: number }>`
      select (select count(*)::int from events) as n,
             (select coalesce(sum(event_count), 0)::int from ledger_seals) as events,
             (select count(*)::int from ledger_seals) as seals`.execute(tdb.owner.db);
    expect(rows[0].events).toBe(rows[0].n);
    expect(rows[0].seals).toBeGreaterThan(5);
    const report = await verifyLedger(tdb.app.db);
    expect(report).toMatchObject({ ok: true, firstMismatch: null, events: rows[0].n });
    const head = await sql<{ p: number }>`select max(position) as p from events`.execute(tdb.owner.db);
    expect(report.checkedThrough).toBeGreaterThan(0);
    expect(report.checkedThrough).toBeLessThanOrEqual(head.rows[0].p);
  });

  it('names the position of an event altered by the owner behind the triggers', async () => {
    const { rows } = await sql<{
      position: number;
    }>`select position from events order by position offset 57 limit 1`.execute(tdb.owner.db);
    const target = rows[0].position;
    await tdb.owner.db.connection().execute(async (conn) => {
      await sql`alter table events disable trigger events_reject_update`.execute(conn);
      await sql`update events set data = jsonb_set(data, '{w}', '99') where position = ${target}`.execute(conn);
      await sql`alter table events enable trigger events_reject_update`.execute(conn);
    });
    const report = await verifyLedger(tdb.app.db);
    expect(report.ok).toBe(false);
    expect(report.firstMismatch).toMatchObject({ position: target, reason: expect.stringMatching(/differs/) });
  });

  it('seals cannot be rewritten by the app role or the owner', async () => {
    await expect(sql`update ledger_seals set event_count = 0`.execute(tdb.app.db)).rejects.toThrow(
      /permission denied|immutable/,
    );
    await expect(sql`delete from ledger_seals`.execute(tdb.owner.db)).rejects.toThrow(/immutable/);
  });
});
