import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CheckpointStore,
  checkpointsReached,
  countEvents,
  eventCheckpoint,
  eventsOfTypes,
  EventStore,
  exportLogPage,
  followersAtHead,
  LOG_START,
  logFullyReadable,
  recordedAtFrom,
  snapshotHorizon,
  streamVersionAnomalies,
  type RecordedEvent,
} from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The named log queries the other libs use instead of their own SQL over `events`.
let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('log_queries');
  store = new EventStore(tdb.app.db, undefined, -1);
});
afterAll(async () => tdb?.drop());

const ev = (type: string, data: unknown = {}) => ({ type, data });
const count = (s: { n: number } | null, e: RecordedEvent) => ({ n: (s?.n ?? 0) + 1, last: e.type });

describe('aggregateStream', () => {
  it('folds the whole stream, or up to a version, a position or a recorded time', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [ev('A'), ev('B')]);
    const mid = await store.append(id, [ev('C')]);
    await new Promise((r) => setTimeout(r, 5));
    const cut = new Date();
    await new Promise((r) => setTimeout(r, 5));
    const end = await store.append(id, [ev('D')]);

    const all = await store.aggregateStream(id, { evolve: count });
    expect(all).toMatchObject({ state: { n: 4, last: 'D' }, version: 4, position: end.lastPosition });
    expect(all.events.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    expect((await store.aggregateStream(id, { evolve: count }, { toVersion: 2 })).state).toEqual({ n: 2, last: 'B' });
    const atC = await store.aggregateStream(id, { evolve: count }, { toPosition: mid.lastPosition });
    expect(atC).toMatchObject({ state: { n: 3, last: 'C' }, version: 3, position: mid.lastPosition });
    expect((await store.aggregateStream(id, { evolve: count }, { toRecordedAt: cut })).state).toEqual({
      n: 3,
      last: 'C',
    });
  });

  it('starts from `initial`, and answers null and version 0 for a stream without events', async () => {
    const id = `test-${randomUUID()}`;
    expect(await store.aggregateStream(id, { evolve: count })).toEqual({
      state: null,
      version: 0,
      position: 0,
      events: [],
    });
    expect((await store.aggregateStream(id, { evolve: count, initial: { n: 10, last: '' } })).state).toEqual({
      n: 10,
      last: '',
    });
    await store.append(id, [ev('A')]);
    expect((await store.aggregateStream(id, { evolve: count, initial: { n: 10, last: '' } })).state).toEqual({
      n: 11,
      last: 'A',
    });
  });

  it('reads inside a caller’s transaction', async () => {
    const id = `test-${randomUUID()}`;
    const seen = await tdb.app.db.transaction().execute(async (trx) => {
      await store.append(id, [ev('A')], { trx });
      return store.aggregateStream(id, { evolve: count }, {}, trx);
    });
    expect(seen.state).toEqual({ n: 1, last: 'A' });
  });
});

describe('positions, checkpoints and the export page', () => {
  it('eventCheckpoint names the (transaction, position) pair of a stored event, null otherwise', async () => {
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    const cp = await eventCheckpoint(tdb.app.db, r.lastPosition);
    expect(cp).toEqual(await store.checkpointOf(r.lastPosition));
    expect(cp?.position).toBe(r.lastPosition);
    expect(await eventCheckpoint(tdb.app.db, r.lastPosition + 1000)).toBeNull();
  });

  it('checkpointsReached waits for every named follower, in (transaction, position) order', async () => {
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    const cp = (await eventCheckpoint(tdb.app.db, r.lastPosition))!;
    const checkpoints = new CheckpointStore(tdb.app.db);
    await checkpoints.save('test:one', cp);
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(false);
    await checkpoints.save('test:two', { ...cp, position: cp.position - 1 });
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(false);
    await checkpoints.save('test:two', cp);
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(true);
    expect(await checkpointsReached(tdb.app.db, ['test:one'], r.lastPosition + 1000)).toBe(false);
    expect(await checkpointsReached(tdb.app.db, ['test:one'], 0)).toBe(true);
  });

  it('followersAtHead tells which followers moved and which reached the last event', async () => {
    const checkpoints = new CheckpointStore(tdb.app.db);
    await checkpoints.save('head:idle', LOG_START);
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    await checkpoints.save('head:done', (await eventCheckpoint(tdb.app.db, r.lastPosition))!);
    const rows = await followersAtHead(tdb.app.db, ['head:idle', 'head:done']);
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'head:done', moved: true, done: true },
      { name: 'head:idle', moved: false, done: false },
    ]);
  });

  it('countEvents counts the log; logFullyReadable is true once nothing is in flight', async () => {
    const before = await countEvents(tdb.app.db);
    await store.append(`test-${randomUUID()}`, [ev('A'), ev('B')]);
    expect(await countEvents(tdb.app.db)).toBe(before + 2);
    const deadline = Date.now() + 10_000;
    while (!(await logFullyReadable(tdb.app.db)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await logFullyReadable(tdb.app.db)).toBe(true);
  });

  it(
    'exportLogPage renders stored events as JSON lines, ' + 'in log order after a checkpoint and below the horizon',
    async () => {
      const id = `test-${randomUUID()}`;
      const r = await store.append(id, [ev('A', { x: 1 }), ev('B', { x: 2 })], { expectedVersion: 'no_stream' });
      let horizon = await snapshotHorizon(tdb.app.db);
      for (
        const deadline = Date.now() + 10_000;
        BigInt(horizon) <= BigInt((await eventCheckpoint(tdb.app.db, r.lastPosition))!.transactionId) &&
        Date.now() < deadline;
      ) {
        await new Promise((res) => setTimeout(res, 50));
        horizon = await snapshotHorizon(tdb.app.db);
      }
      const rows: Array<{ transaction_id: string; position: number; line: string }> = [];
      for (let after = { ...LOG_START }; ;) {
        const page = await exportLogPage(tdb.app.db, after, horizon, 3);
        rows.push(...page);
        if (page.length < 3) break;
        after = { transactionId: page[2].transaction_id, position: page[2].position };
      }
      expect(rows.map((x) => x.position)).toEqual(
        (await store.readAll(LOG_START, 10_000))
          .filter((e) => BigInt(e.transactionId) < BigInt(horizon))
          .map((e) => e.position),
      );
      const mine = rows.map((x) => JSON.parse(x.line)).filter((l) => l.streamId === id);
      expect(mine.map((l) => [l.type, l.streamVersion, l.data])).toEqual([
        ['A', 1, { x: 1 }],
        ['B', 2, { x: 2 }],
      ]);
      expect(mine[1].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      // Nothing at or above the horizon.
      expect(await exportLogPage(tdb.app.db, LOG_START, '1', 10)).toEqual([]);
    },
  );

  it('eventsOfTypes reads every event of the types, oldest first', async () => {
    const a = `typed-${randomUUID()}`;
    const b = `typed-${randomUUID()}`;
    await store.append(a, [ev('TypedOne', { i: 1 })]);
    await store.append(b, [ev('TypedTwo', { i: 2 }), ev('Other')]);
    // recorded_at has microseconds and a Date only milliseconds: keep the last append a few ms
    // apart so a cut-off between them exists.
    await new Promise((r) => setTimeout(r, 5));
    await store.append(a, [ev('TypedTwo', { i: 3 })]);
    const rows = await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo']);
    expect(rows.map((r) => [r.stream_id, r.type, r.data])).toEqual([
      [a, 'TypedOne', { i: 1 }],
      [b, 'TypedTwo', { i: 2 }],
      [a, 'TypedTwo', { i: 3 }],
    ]);
    expect(rows[0].recorded_at).toBeInstanceOf(Date);
    expect(await eventsOfTypes(tdb.app.db, [])).toEqual([]);
    expect((await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo'], { limit: 2 })).map((r) => r.data)).toEqual([
      { i: 1 },
      { i: 2 },
    ]);
    const cutOff = new Date(rows[1].recorded_at.getTime() + 1);
    expect(cutOff.getTime()).toBeLessThan(rows[2].recorded_at.getTime());
    const before = await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo'], { recordedBefore: cutOff });
    expect(before.map((r) => r.data)).toEqual([{ i: 1 }, { i: 2 }]);
  });

  it('recordedAtFrom is when the first event at or after a position was recorded', async () => {
    const id = `test-${randomUUID()}`;
    const r = await store.append(id, [ev('A')]);
    const [e] = await store.readStream(id);
    expect(await recordedAtFrom(tdb.app.db, r.lastPosition)).toEqual(e.recordedAt);
    expect(await recordedAtFrom(tdb.app.db, r.lastPosition + 1000)).toBeNull();
  });

  it('streamVersionAnomalies finds nothing twice and no gaps in appended streams', async () => {
    const ids = [`test-${randomUUID()}`, `test-${randomUUID()}`];
    for (const id of ids) await store.append(id, [ev('A'), ev('B'), ev('C')]);
    expect(await streamVersionAnomalies(tdb.app.db, ids)).toEqual({ twice: 0, gaps: 0 });
    expect(await streamVersionAnomalies(tdb.app.db, [])).toEqual({ twice: 0, gaps: 0 });
  });
});
