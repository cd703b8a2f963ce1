import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventStore, LOG_START, readStoredText, type LogCheckpoint } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Readers select transaction_id (and the ledger also position) as text under the column's own
// name; an unqualified ORDER BY then sorted by that text ("1000" < "999") and paging skipped or
// repeated events. One transaction whose positions cross 99 → 100 and 999 → 1000 shows it.
let tdb: TestDatabase;
let positions: number[];

beforeAll(async () => {
  tdb = await createTestDatabase('log_order');
  const store = new EventStore(tdb.app.db);
  const events = Array.from({ length: 1050 }, (_, i) => ({ type: 'TestHappened', data: { i } }));
  await store.append(`test-${randomUUID()}`, events);
  const { rows } = await tdb.owner.pool.query<{ position: string }>('select position from events order by position');
  positions = rows.map((r) => Number(r.position));
  // Readers stop below the server's oldest open transaction (other test files run beside this one).
  const deadline = Date.now() + 50_000;
  for (;;) {
    const { rows: r } = await tdb.owner.pool.query<{ ok: boolean }>(
      'select max(transaction_id) < pg_snapshot_xmin(pg_current_snapshot()) as ok from events',
    );
    if (r[0].ok || Date.now() > deadline) break;
    await new Promise((res) => setTimeout(res, 100));
  }
});
afterAll(async () => tdb.drop());

async function pages<T>(read: (after: LogCheckpoint) => Promise<T[]>, cpOf: (t: T) => LogCheckpoint): Promise<T[]> {
  const all: T[] = [];
  for (let cp = { ...LOG_START }; ;) {
    const page = await read(cp);
    if (!page.length) return all;
    all.push(...page);
    cp = cpOf(page[page.length - 1]);
    if (all.length > 5000) throw new Error('paging does not end');
  }
}

describe('log order across digit boundaries', () => {
  it('the gap-safe reader pages through every event once, in position order', async () => {
    const store = new EventStore(tdb.app.db);
    const read = await pages(
      (cp) => store.readAll(cp, 100),
      (e) => ({ transactionId: e.transactionId, position: e.position }),
    );
    expect(read.map((e) => e.position)).toEqual(positions);
    expect(read.map((e) => (e.data as { i: number }).i)).toEqual(Array.from({ length: 1050 }, (_, i) => i));
  });

  it("the ledger's stored-text reader pages through every event once, in position order", async () => {
    const read = await pages(
      (cp) => readStoredText(tdb.app.db, cp, 100),
      (e) => ({ transactionId: e.transaction_id, position: Number(e.position) }),
    );
    expect(read.map((e) => Number(e.position))).toEqual(positions);
  });
});
