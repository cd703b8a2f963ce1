import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { ConcurrencyError, EventStore, IdempotencyConflictError, UpcasterRegistry } from '@app/event-store';
import { countEvents, createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('event_store');
  store = new EventStore(tdb.app.db);
});
afterAll(async () => tdb.drop());

const ev = (type: string, data: unknown = {}) => ({ type, data });

describe('append and expected versions', () => {
  it('no_stream creates a stream once, then conflicts', async () => {
    const id = `test-${randomUUID()}`;
    const r = await store.append(id, [ev('A'), ev('B')], { expectedVersion: 'no_stream' });
    expect(r).toMatchObject({ nextVersion: 2, replayed: false });
    await expect(store.append(id, [ev('C')], { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    const events = await store.readStream(id);
    expect(events.map((e) => [e.type, e.streamVersion])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(events[1].position).toBe(r.lastPosition);
    expect(events[0].streamType).toBe('test');
  });

  it('stream_exists needs the stream', async () => {
    const id = `test-${randomUUID()}`;
    await expect(store.append(id, [ev('A')], { expectedVersion: 'stream_exists' })).rejects.toMatchObject({
      name: 'ConcurrencyError',
      actual: null,
    });
    expect(await store.readStream(id)).toHaveLength(0);
    await store.append(id, [ev('A')]);
    const r = await store.append(id, [ev('B')], { expectedVersion: 'stream_exists' });
    expect(r.nextVersion).toBe(2);
  });

  it('exact version appends only at that version, and reports the actual one', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [ev('A')], { expectedVersion: 0 });
    await store.append(id, [ev('B')], { expectedVersion: 1 });
    const err = await store.append(id, [ev('C')], { expectedVersion: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ConcurrencyError);
    expect(err.actual).toBe(2);
    expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B']);
  });

  it('any appends whatever the version', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [ev('A')], { expectedVersion: 'any' });
    const r = await store.append(id, [ev('B'), ev('C')]);
    expect(r.nextVersion).toBe(3);
    expect(await store.streamVersion(id)).toBe(3);
  });

  it('writes nothing of a multi-event append that conflicts', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [ev('A')]);
    const before = await countEvents(tdb.owner.db);
    await expect(store.append(id, [ev('X'), ev('Y'), ev('Z')], { expectedVersion: 5 })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect(await countEvents(tdb.owner.db)).toBe(before);
  });
});

describe('idempotent appends', () => {
  it('re-sending the same events returns the first result and writes nothing', async () => {
    const id = `test-${randomUUID()}`;
    const events = [
      { eventId: randomUUID(), type: 'A', data: { n: 1 } },
      { eventId: randomUUID(), type: 'B', data: { n: 2 } },
    ];
    const first = await store.append(id, events, { expectedVersion: 'no_stream' });
    const before = await countEvents(tdb.owner.db);
    const again = await store.append(id, events, { expectedVersion: 'no_stream' });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await countEvents(tdb.owner.db)).toBe(before);
  });

  it('the same ids with other content are refused', async () => {
    const id = `test-${randomUUID()}`;
    const eventId = randomUUID();
    await store.append(id, [{ eventId, type: 'A', data: { n: 1 } }]);
    await expect(store.append(id, [{ eventId, type: 'A', data: { n: 2 } }])).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
    await expect(store.append(`test-${randomUUID()}`, [{ eventId, type: 'A', data: { n: 1 } }])).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
    expect(await store.readStream(id)).toHaveLength(1);
  });

  it.each(['any', 'stream_exists', 1] as const)(
    'a re-sent append with expected version %s leaves the stream where it was',
    async (expectedVersion) => {
      const id = `test-${randomUUID()}`;
      await store.append(id, [ev('First')]);
      const events = [
        { eventId: randomUUID(), type: 'A', data: { n: 1 } },
        { eventId: randomUUID(), type: 'B', data: { n: 2 } },
      ];
      const first = await store.append(id, events, { expectedVersion });
      const again = await store.append(id, events, { expectedVersion });
      expect(again).toEqual({ ...first, replayed: true });
      expect(await store.streamVersion(id)).toBe(3);
      const next = await store.append(id, [ev('Next')], { expectedVersion: 3 });
      expect(next.nextVersion).toBe(4);
      expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
    },
  );

  it('an append mixing a stored event id with a new one is refused whole', async () => {
    const id = `test-${randomUUID()}`;
    const stored = { eventId: randomUUID(), type: 'A', data: { n: 1 } };
    await store.append(id, [stored]);
    const before = await countEvents(tdb.owner.db);
    await expect(store.append(id, [stored, { eventId: randomUUID(), type: 'B', data: {} }])).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
    expect(await countEvents(tdb.owner.db)).toBe(before);
    expect(await store.streamVersion(id)).toBe(1);
  });

  it('concurrent duplicates of one append store it once', async () => {
    const id = `test-${randomUUID()}`;
    const events = [{ eventId: randomUUID(), type: 'A', data: {} }];
    const results = await Promise.all(Array.from({ length: 8 }, () => store.append(id, events)));
    expect(new Set(results.map((r) => r.lastPosition)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await store.readStream(id)).toHaveLength(1);
  });
});

describe('16 concurrent writers on one stream with exact versions', () => {
  it('writes every version exactly once; losers get ConcurrencyError', async () => {
    const id = `test-${randomUUID()}`;
    const target = 120;
    let conflicts = 0;
    const writer = async (w: number) => {
      for (;;) {
        const v = await store.streamVersion(id);
        if (v >= target) return;
        try {
          await store.append(id, [ev('Tick', { w, v })], { expectedVersion: v });
        } catch (e) {
          if (!(e instanceof ConcurrencyError)) throw e;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => writer(w)));
    const events = await store.readStream(id);
    expect(events).toHaveLength(target);
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: target }, (_, i) => i + 1));
    // Each event records the version its writer read: exactly one winner per version.
    expect(events.map((e) => e.data.v)).toEqual(Array.from({ length: target }, (_, i) => i));
    expect(conflicts).toBeGreaterThan(0);
  });
});

describe('stream reads', () => {
  it('cuts at a version, a position and a recorded time', async () => {
    const id = `test-${randomUUID()}`;
    const a = await store.append(id, [ev('A')]);
    await new Promise((r) => setTimeout(r, 20));
    const [first] = await store.readStream(id);
    await store.append(id, [ev('B')]);
    await store.append(id, [ev('C')]);
    expect((await store.readStream(id, { toVersion: 2 })).map((e) => e.type)).toEqual(['A', 'B']);
    expect((await store.readStream(id, { toPosition: a.lastPosition })).map((e) => e.type)).toEqual(['A']);
    expect((await store.readStream(id, { toRecordedAt: first.recordedAt })).map((e) => e.type)).toEqual(['A']);
  });

  it('reads several streams in one call: each oldest first, a stream without events absent', async () => {
    const [x, y, none] = [`test-${randomUUID()}`, `test-${randomUUID()}`, `test-${randomUUID()}`];
    await store.append(x, [ev('X1'), ev('X2')]);
    await store.append(y, [ev('Y1')]);
    await store.append(x, [ev('X3')]);
    const byStream = await store.readStreams([y, x, none, x]);
    expect([...byStream.keys()].sort()).toEqual([x, y].sort());
    expect(byStream.get(x)!.map((e) => [e.type, e.streamVersion])).toEqual([
      ['X1', 1],
      ['X2', 2],
      ['X3', 3],
    ]);
    expect(byStream.get(y)!.map((e) => e.type)).toEqual(['Y1']);
    expect((await store.readStreams([])).size).toBe(0);
  });

  it('applies registered upcasters on read', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [{ type: 'Renamed', schemaVersion: 1, data: { title: 'old' } }]);
    const upcasting = new EventStore(
      tdb.app.db,
      new UpcasterRegistry().register('Renamed', 1, (d) => ({ name: d.title, legacy: true })),
    );
    const [e] = await upcasting.readStream(id);
    expect(e.schemaVersion).toBe(2);
    expect(e.data).toEqual({ name: 'old', legacy: true });
    const [raw] = await store.readStream(id);
    expect(raw.data).toEqual({ title: 'old' });
  });
});

describe('immutability', () => {
  it('the app role may not UPDATE, DELETE or TRUNCATE events', async () => {
    await store.append(`test-${randomUUID()}`, [ev('A')]);
    await expect(sql`update events set type = 'X'`.execute(tdb.app.db)).rejects.toThrow(/permission denied|immutable/);
    await expect(sql`delete from events`.execute(tdb.app.db)).rejects.toThrow(/permission denied|immutable/);
    await expect(sql`truncate events`.execute(tdb.app.db)).rejects.toThrow(/permission denied|immutable/);
    const { rows } = await sql<{ update: boolean; del: boolean; ins: boolean }>`
      select has_table_privilege(current_user, 'events', 'UPDATE') as update,
             has_table_privilege(current_user, 'events', 'DELETE') as del,
             has_table_privilege(current_user, 'events', 'INSERT') as ins`.execute(tdb.app.db);
    expect(rows[0]).toEqual({ update: false, del: false, ins: true });
  });

  it('the table owner is stopped by the triggers, even when no row matches', async () => {
    const before = await countEvents(tdb.owner.db);
    await expect(sql`update events set type = 'X'`.execute(tdb.owner.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from events where false`.execute(tdb.owner.db)).rejects.toThrow(/immutable/);
    await expect(sql`truncate events`.execute(tdb.owner.db)).rejects.toThrow(/immutable/);
    expect(await countEvents(tdb.owner.db)).toBe(before);
  });
});
