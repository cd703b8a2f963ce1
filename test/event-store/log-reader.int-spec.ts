import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import {
  createDatabase,
  EventStore,
  LOG_START,
  LogSubscription,
  type LogCheckpoint,
  type RecordedEvent,
} from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('log_reader');
  store = new EventStore(tdb.app.db);
  await sql`create table applied (position bigint primary key, follower text not null)`.execute(tdb.owner.db);
  await sql`grant all on applied to claimtrail_app`.execute(tdb.owner.db);
});
afterAll(async () => tdb.drop());

async function readEverything(from: LogCheckpoint): Promise<{ events: RecordedEvent[]; cp: LogCheckpoint }> {
  const events: RecordedEvent[] = [];
  let cp = from;
  for (;;) {
    const batch = await store.readAll(cp, 2);
    if (batch.length === 0) return { events, cp };
    events.push(...batch);
    const last = batch[batch.length - 1];
    cp = { transactionId: last.transactionId, position: last.position };
  }
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('gap-safe global log', () => {
  it('does not deliver later commits past a transaction still in flight, then delivers all once in order', async () => {
    const { cp: start } = await readEverything(LOG_START);
    const slowStream = `test-${randomUUID()}`;
    const appended = deferred();
    const release = deferred();

    // The slow transaction takes the lower position, then stays open.
    const slow = tdb.app.db.transaction().execute(async (trx) => {
      await store.append(slowStream, [{ type: 'Slow', data: {} }], { trx });
      appended.resolve();
      await release.promise;
    });
    await appended.promise;

    const fast: number[] = [];
    for (let i = 0; i < 3; i++)
      fast.push((await store.append(`test-${randomUUID()}`, [{ type: 'Fast', data: { i } }])).lastPosition);

    const during = await readEverything(start);
    expect(during.events).toHaveLength(0);

    release.resolve();
    await slow;

    let after = await readEverything(during.cp);
    for (let tries = 0; tries < 300 && after.events.length < 4; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await readEverything(during.cp);
    }
    expect(after.events.map((e) => e.type)).toEqual(['Slow', 'Fast', 'Fast', 'Fast']);
    expect(after.events.map((e) => e.position).slice(1)).toEqual(fast);
    expect(after.events[0].position).toBeLessThan(fast[0]);
    const order = after.events.map((e) => [BigInt(e.transactionId), e.position] as const);
    const sorted = [...order].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
    expect(order).toEqual(sorted);
    expect((await readEverything(after.cp)).events).toHaveLength(0);
  });

  it('under concurrent writers with random delays, a follower sees every event exactly once', async () => {
    const { cp: start } = await readEverything(LOG_START);
    const seen: number[] = [];
    let cp = start;
    let writing = true;
    const follower = (async () => {
      while (writing) {
        const batch = await store.readAll(cp, 50);
        for (const e of batch) seen.push(e.position);
        if (batch.length)
          cp = { transactionId: batch[batch.length - 1].transactionId, position: batch[batch.length - 1].position };
        else await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const streams: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 25; i++) {
          await tdb.app.db.transaction().execute(async (trx: Kysely<any>) => {
            const id = `test-${randomUUID()}`;
            await store.append(
              id,
              [
                { type: 'E', data: { w, i } },
                { type: 'E2', data: {} },
              ],
              { trx },
            );
            if ((w + i) % 3 === 0) await sql`select pg_sleep(${Math.random() * 0.02})`.execute(trx);
            streams.push(id);
          });
        }
      }),
    );
    writing = false;
    await follower;
    // Transactions of other test files (other databases on the same server) hold the snapshot's
    // xmin back too: keep reading until everything written here is visible, or time runs out.
    for (let tries = 0; tries < 300 && seen.length < 400; tries++) {
      const rest = await readEverything(cp);
      seen.push(...rest.events.map((e) => e.position));
      cp = rest.cp;
      if (seen.length < 400) await new Promise((r) => setTimeout(r, 50));
    }
    const { rows } = await sql<{
      position: number;
    }>`select position from events where stream_id = any(${streams})`.execute(tdb.owner.db);
    const written = rows.map((r) => r.position);
    expect(written).toHaveLength(400);
    expect(seen).toHaveLength(written.length);
    expect([...seen].sort((a, b) => a - b)).toEqual([...written].sort((a, b) => a - b));
  });
});

describe('LogSubscription', () => {
  it('applies each event once with its checkpoint, even with two followers of one name', async () => {
    await store.append(`test-${randomUUID()}`, [{ type: 'Before', data: {} }]);
    const handle = (follower: string) => async (events: RecordedEvent[], trx: Kysely<any>) => {
      await sql`insert into applied (position, follower)
                select unnest(${events.map((e) => e.position)}::bigint[]), ${follower}`.execute(trx);
    };
    const a = new LogSubscription(tdb.app.db, store, { name: 'once', handle: handle('a'), batchSize: 7, pollMs: 20 });
    const b = new LogSubscription(tdb.app.db, store, { name: 'once', handle: handle('b'), batchSize: 7, pollMs: 20 });
    a.start();
    b.start();
    for (let i = 0; i < 60; i++) await store.append(`test-${randomUUID()}`, [{ type: 'During', data: { i } }]);
    const head = await store.headPosition();
    for (
      let tries = 0;
      tries < 200 && (a.checkpoint?.position ?? 0) < head && (b.checkpoint?.position ?? 0) < head;
      tries++
    ) {
      await new Promise((r) => setTimeout(r, 25));
    }
    await a.stop();
    await b.stop();
    const { rows } = await sql<{ n: number; total: number }>`
      select (select count(*)::int from applied) as n, (select count(*)::int from events) as total`.execute(
      tdb.owner.db,
    );
    expect(rows[0].n).toBe(rows[0].total);
    const cp = await sql<{ position: number }>`select position from checkpoints where name = 'once'`.execute(
      tdb.owner.db,
    );
    expect(cp.rows[0].position).toBe(head);
  });

  it('wakes on NOTIFY well before its poll interval', async () => {
    const got: number[] = [];
    const sub = new LogSubscription(tdb.app.db, store, {
      name: 'notified',
      pollMs: 60_000,
      listen: { connectionString: tdb.url },
      handle: async (events) => {
        got.push(...events.map((e) => e.position));
      },
    });
    await sub.drain();
    sub.start();
    await new Promise((r) => setTimeout(r, 300)); // let LISTEN connect
    const r = await store.append(`test-${randomUUID()}`, [{ type: 'Ping', data: {} }]);
    for (let i = 0; i < 100 && !got.includes(r.lastPosition); i++) await new Promise((res) => setTimeout(res, 20));
    await sub.stop();
    expect(got).toContain(r.lastPosition);
  });

  it('leaves the checkpoint and effects unchanged when a batch fails', async () => {
    let fail = true;
    const sub = new LogSubscription(tdb.app.db, store, {
      name: 'failing',
      handle: async (events, trx) => {
        await sql`insert into applied (position, follower)
                  select unnest(${events.map((e) => -e.position)}::bigint[]), 'f'`.execute(trx);
        if (fail) throw new Error('boom');
      },
    });
    await expect(sub.processBatch()).rejects.toThrow('boom');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from applied where follower = 'f'`.execute(
      tdb.owner.db,
    );
    expect(rows[0].n).toBe(0);
    fail = false;
    expect(await sub.drain()).toBeGreaterThan(0);
  });
});

describe('an idle follower', () => {
  // Planned for a checkpoint it did not know, the idle check's `exists` scanned the whole log (2.1 s at
  // 5M events, run back to back by every idle follower): read-your-writes stalled for seconds.
  it('asks the log for more without scanning it', async () => {
    await sql`insert into events (stream_id, stream_type, stream_version, event_id, type, data)
              select 'idle-' || i, 'idle', 1, gen_random_uuid(), 'Filler', '{}'
                from generate_series(1, 20000) i`.execute(tdb.owner.db);
    await sql`analyze events`.execute(tdb.owner.db);
    // Its own sessions, so closing them reports their scans to the statistics at once.
    const own = createDatabase({ url: tdb.url, poolMax: 2 });
    const seqScans = async () =>
      Number(
        (
          await sql<{ n: string }>`select seq_scan as n from pg_stat_user_tables where relname = 'events'`.execute(
            tdb.owner.db,
          )
        ).rows[0].n,
      );
    const sub = new LogSubscription(own.db, new EventStore(own.db), {
      name: 'idle',
      pollMs: 10,
      handle: async () => {},
    });
    await sub.drain();
    const before = await seqScans();
    sub.start();
    await new Promise((r) => setTimeout(r, 1000)); // about 50 idle checks
    await sub.stop();
    // One scan the test knows of, so it can tell when the sessions' counts have arrived.
    await sql`select count(*) from events where metadata::text like '%no such text%'`.execute(own.db);
    await own.close();
    for (let i = 0; i < 100 && (await seqScans()) === before; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    expect(sub.checkpoint?.position).toBe(await store.headPosition());
    expect((await seqScans()) - before).toBe(1);
  });
});
