// Group commit (libs/event-store/src/group-commit.ts): appends made at once outside a caller's
// transaction are written together, in one transaction, and each keeps its own checks and result.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { ConcurrencyError, EventStore, streamVersionAnomalies } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('group_commit');
  store = new EventStore(tdb.app.db);
});
afterAll(async () => tdb.drop());

const ev = (type: string, data: unknown = {}) => ({ type, data, eventId: randomUUID() });

/** How many transactions wrote these streams' events. */
async function transactionsOf(streamIds: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct transaction_id)::int as n from events where stream_id = any(${streamIds}::text[])`.execute(
    tdb.owner.db,
  );
  return rows[0].n;
}

describe('group commit', () => {
  it('writes appends made at once in fewer transactions than appends, each with its own result', async () => {
    const ids = Array.from({ length: 24 }, () => `gc-${randomUUID()}`);
    const results = await Promise.all(
      ids.map((id) => store.append(id, [ev('A'), ev('B')], { expectedVersion: 'no_stream' })),
    );
    expect(results.map((r) => r.nextVersion)).toEqual(ids.map(() => 2));
    for (const [i, id] of ids.entries()) {
      const events = await store.readStream(id);
      expect(events.map((e) => e.streamVersion)).toEqual([1, 2]);
      expect(events[1].position).toBe(results[i].lastPosition);
    }
    // At most 4 groups go out before the first answers; the rest wait and share a transaction.
    expect(await transactionsOf(ids)).toBeLessThan(ids.length);
  });

  it('a conflict in a group fails that append only', async () => {
    const existing = `gc-${randomUUID()}`;
    await store.append(existing, [ev('A')], { expectedVersion: 'no_stream' });
    const fresh = Array.from({ length: 12 }, () => `gc-${randomUUID()}`);
    const outcomes = await Promise.allSettled([
      ...fresh.slice(0, 6).map((id) => store.append(id, [ev('A')], { expectedVersion: 'no_stream' })),
      store.append(existing, [ev('B')], { expectedVersion: 5 }),
      ...fresh.slice(6).map((id) => store.append(id, [ev('A')], { expectedVersion: 'no_stream' })),
    ]);
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ actual: 1 });
    expect((await store.readStream(existing)).map((e) => e.type)).toEqual(['A']);
    for (const id of fresh) expect(await store.streamVersion(id)).toBe(1);
  });

  it('an append re-sent within a group answers its first result; other content under its ids is refused', async () => {
    const id = `gc-${randomUUID()}`;
    const events = [ev('A', { n: 1 })];
    const first = await store.append(id, events, { expectedVersion: 'no_stream' });
    const [again, other, ...rest] = await Promise.allSettled([
      store.append(id, events, { expectedVersion: 'no_stream' }),
      store.append(id, [{ ...events[0], data: { n: 2 } }], { expectedVersion: 'any' }),
      ...Array.from({ length: 6 }, () => store.append(`gc-${randomUUID()}`, [ev('A')])),
    ]);
    expect(again).toMatchObject({ status: 'fulfilled', value: { replayed: true, lastPosition: first.lastPosition } });
    expect(other).toMatchObject({ status: 'rejected', reason: { name: 'IdempotencyConflictError' } });
    expect(rest.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await store.streamVersion(id)).toBe(1);
  });

  it('data Postgres refuses fails its own append, not the group it travelled with', async () => {
    const ids = Array.from({ length: 10 }, () => `gc-${randomUUID()}`);
    const outcomes = await Promise.allSettled(
      ids.map((id, i) => store.append(id, [ev('A', i === 4 ? { text: 'nul \u0000 here' } : { i })])),
    );
    expect(outcomes.map((o) => o.status)).toEqual(ids.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    for (const [i, id] of ids.entries()) expect(await store.streamVersion(id)).toBe(i === 4 ? 0 : 1);
  });

  it('16 writers with exact versions on 3 hot streams never write a version twice', async () => {
    const hot = Array.from({ length: 3 }, () => `gc-hot-${randomUUID()}`);
    const known = new Map(hot.map((h) => [h, 0]));
    let ok = 0;
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; i < 15; i++) {
          const s = hot[(w + i) % 3];
          try {
            const r = await store.append(s, [ev('A')], { expectedVersion: known.get(s)! });
            known.set(s, Math.max(known.get(s)!, r.nextVersion));
            ok++;
          } catch (err) {
            if (!(err instanceof ConcurrencyError)) throw err;
            known.set(s, Math.max(known.get(s)!, err.actual ?? 0));
          }
        }
      }),
    );
    const anomalies = await streamVersionAnomalies(tdb.owner.db, hot);
    expect(anomalies).toMatchObject({ twice: 0, gaps: 0 });
    const total = (await Promise.all(hot.map((h) => store.streamVersion(h)))).reduce((a, b) => a + b, 0);
    expect(total).toBe(ok);
  });

  it('without group commit every append is its own transaction', async () => {
    const alone = new EventStore(tdb.app.db, undefined, -1, false);
    const ids = Array.from({ length: 8 }, () => `gc-${randomUUID()}`);
    await Promise.all(ids.map((id) => alone.append(id, [ev('A')])));
    expect(await transactionsOf(ids)).toBe(ids.length);
  });
});
