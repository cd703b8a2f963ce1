// The multi-stream bulk append behind imports keeps the log's invariants: contiguous stream
// versions in step with `streams`, unique event ids, idempotent re-runs, conflicts that write
// nothing of their stream, and concurrent imports of one file that record it once.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { appendBulk, EventStore, type BulkEvent } from '@app/event-store';
import { importGtd } from '@app/imports';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let store: EventStore;
const meta = { actor: { keyId: 'test', role: 'admin', name: 'test' }, correlationId: 'bulk-test' };

const ev = (streamId: string, n: number, data: object = { n }): BulkEvent => ({
  streamId,
  eventId: randomUUID(),
  type: 'TestHappened',
  data,
});

async function streamRows(streamId: string) {
  const { rows } = await sql<{
    stream_version: number;
    position: number;
    transaction_id: string;
    recorded_at: Date;
    metadata: any;
  }>`
    select stream_version, position, transaction_id::text, recorded_at, metadata
      from events where stream_id = ${streamId} order by stream_version`.execute(tdb.app.db);
  const { rows: s } = await sql<{ version: number }>`select version from streams where stream_id = ${streamId}`.execute(
    tdb.app.db,
  );
  return { events: rows, version: s[0] ? Number(s[0].version) : 0 };
}

beforeAll(async () => {
  tdb = await createTestDatabase('bulk');
  store = new EventStore(tdb.app.db, undefined, -1);
});

afterAll(async () => {
  await tdb?.drop();
});

describe('appendBulk', () => {
  it('appends to many streams at once with contiguous versions, in input order, as the app role', async () => {
    const a = `test-${randomUUID()}`;
    const b = `test-${randomUUID()}`;
    const events = [ev(a, 1), ev(b, 1), ev(a, 2), ev(a, 3), ev(b, 2)];
    const r = await appendBulk(tdb.app.db, events, meta);
    expect(r.appended).toBe(5);
    expect(r.streams.get(a)).toEqual({ outcome: 'appended', appended: 3 });
    const sa = await streamRows(a);
    const sb = await streamRows(b);
    expect(sa.events.map((e) => Number(e.stream_version))).toEqual([1, 2, 3]);
    expect(sa.version).toBe(3);
    expect(sb.version).toBe(2);
    const positions = [...sa.events, ...sb.events].map((e) => Number(e.position)).sort((x, y) => x - y);
    const { rows } = await sql<{
      event_id: string;
    }>`select event_id::text from events where position = any(${positions}::bigint[]) order by position`.execute(
      tdb.app.db,
    );
    expect(rows.map((x) => x.event_id)).toEqual(events.map((e) => e.eventId));
    expect(new Set([...sa.events, ...sb.events].map((e) => e.transaction_id)).size).toBe(1);
    expect(sa.events[0].recorded_at).toBeInstanceOf(Date);
    expect(sa.events[0].metadata).toEqual(meta);
    expect(r.lastPosition).toBe(Math.max(...positions));
    // The ordinary append carries on from the versions the bulk append left.
    const next = await store.append(a, [{ type: 'TestHappened', data: { n: 4 } }], { expectedVersion: 3 });
    expect(next.nextVersion).toBe(4);
  });

  it(
    'is a no-op for events already stored alike, ' + 'and appends only what is missing after the current version',
    async () => {
      const a = `test-${randomUUID()}`;
      const first = [ev(a, 1), ev(a, 2)];
      await appendBulk(tdb.app.db, first, meta);
      const again = await appendBulk(tdb.app.db, first, { ...meta, correlationId: 'other' });
      expect(again).toMatchObject({ appended: 0, lastPosition: null });
      expect(again.streams.get(a)).toEqual({ outcome: 'unchanged', appended: 0 });
      const more = await appendBulk(tdb.app.db, [...first, ev(a, 3)], meta);
      expect(more.streams.get(a)).toEqual({ outcome: 'appended', appended: 1 });
      expect((await streamRows(a)).events.map((e) => Number(e.stream_version))).toEqual([1, 2, 3]);
    },
  );

  it('leaves a stream whose event ids hold other content untouched and says so, appending the others', async () => {
    const a = `test-${randomUUID()}`;
    const b = `test-${randomUUID()}`;
    const stored = ev(a, 1);
    await appendBulk(tdb.app.db, [stored], meta);
    const r = await appendBulk(tdb.app.db, [{ ...stored, data: { n: 99 } }, ev(a, 2), ev(b, 1)], meta);
    expect(r.streams.get(a)).toEqual({ outcome: 'conflict', appended: 0 });
    expect(r.streams.get(b)).toEqual({ outcome: 'appended', appended: 1 });
    expect((await streamRows(a)).version).toBe(1);
    // An id stored in another stream is a conflict too.
    const moved = await appendBulk(tdb.app.db, [{ ...stored, streamId: `test-${randomUUID()}` }], meta);
    expect([...moved.streams.values()]).toEqual([{ outcome: 'conflict', appended: 0 }]);
  });
});

describe('concurrent imports of one file', () => {
  it('record every row once, every group once, with consistent stream versions', async () => {
    const header = 'iyear,imonth,iday,country_txt,city,attacktype1_txt,gname,nkill';
    const lines = [header];
    for (let i = 0; i < 600; i++)
      lines.push(`2012,${(i % 12) + 1},${(i % 28) + 1},Pakistan,City ${i},Armed Assault,Group ${i % 40},${i % 7}`);
    const csv = `${lines.join('\n')}\n`;
    const run = (id: string) =>
      importGtd(tdb.app.db, store, Readable.from([csv]), {
        importId: id,
        actor: { keyId: 'cli', role: 'admin', name: 'cli' },
        batchSize: 50,
      });
    const [x, y] = await Promise.all([run(randomUUID()), run(randomUUID())]);
    expect(x.skipped + y.skipped).toBe(0);
    expect(x.incidentsAdded + y.incidentsAdded).toBe(600);
    expect(x.groupsRegistered + y.groupsRegistered).toBe(40);
    const { rows } = await sql<{ type: string; n: number }>`
      select type, count(*)::int as n from events
       where type in ('IncidentReported', 'AttributionAssessed', 'GroupRegistered')
       group by type order by type`.execute(tdb.app.db);
    expect(rows).toEqual([
      { type: 'AttributionAssessed', n: 600 },
      { type: 'GroupRegistered', n: 40 },
      { type: 'IncidentReported', n: 600 },
    ]);
    const { rows: mismatched } = await sql`
      select s.stream_id from streams s
        join (select stream_id, count(*) as n, max(stream_version) as v from events group by stream_id) e
       using (stream_id)
       where s.version <> e.n or e.v <> e.n`.execute(tdb.app.db);
    expect(mismatched).toEqual([]);
    const { rows: names } = await sql<{ n: number }>`select count(*)::int as n from group_names`.execute(tdb.app.db);
    expect(names[0].n).toBe(40);
  });
});
