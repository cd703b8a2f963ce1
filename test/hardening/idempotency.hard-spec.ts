// Issue 8, R5: POSTs with distinct Idempotency-Keys, each fired twice at the same moment and a
// third time after everything settled: one event per key, the same status and body for every
// copy, the copies that did not run flagged Idempotent-Replayed. A copy arriving while the first
// is in flight waits for its answer (IDEMPOTENCY_WAIT_MS), and only past that wait is 409.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { sleep } from '../projections/support/model.js';
import { size } from '../support/sizes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { listen, pool, type Answer, type HttpClient } from './support/concurrency-http.js';

const REQUESTS = size(150, 1000);
const TARGETS = 30;

let t: TestApp;
let http: HttpClient;
const targets: string[] = [];

async function newIncident(c: HttpClient, key: string, place: string): Promise<string> {
  const res = await c.send('POST', '/v1/incidents', {
    key,
    body: { occurredAt: '2023-07-12', location: { country: 'PK', place }, type: 'bombing' },
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${res.text}`);
  return res.body.id;
}

beforeAll(async () => {
  t = await createTestApp('hard_idempotency', { IDEMPOTENCY_WAIT_MS: '10000' });
  http = await listen(t);
  for (let i = 0; i < TARGETS; i++) targets.push(await newIncident(http, t.keys.reporter, `Target ${i}`));
}, 120_000);
afterAll(async () => t?.close());

/** Request i: an incident, a source or a correction, so creating and non-creating writes both count. */
function request(i: number): { path: string; body: unknown } {
  switch (i % 3) {
    case 0:
      return {
        path: '/v1/incidents',
        body: {
          occurredAt: '2022-03',
          location: { country: 'AF', place: `Place ${i}` },
          type: 'bombing',
          summary: `replayed ${i}`,
        },
      };
    case 1:
      return { path: '/v1/sources', body: { name: `Replayed source ${i}`, kind: 'news', reliability: 'C' } };
    default:
      return {
        path: `/v1/incidents/${targets[i % TARGETS]}/corrections`,
        body: { fields: { summary: `replayed correction ${i}` }, reason: 'R5' },
      };
  }
}

const replayed = (a: Answer) => a.headers.get('idempotent-replayed');
/** Same status, ETag, content type and body, byte for byte (the stored answer is kept as written). */
const sameAnswer = (x: Answer, y: Answer) =>
  x.status === y.status &&
  x.headers.get('etag') === y.headers.get('etag') &&
  x.headers.get('content-type') === y.headers.get('content-type') &&
  x.body !== undefined &&
  x.text === y.text;
const send = (c: HttpClient, key: string, idemKey: string, r: { path: string; body: unknown }) =>
  c.send('POST', r.path, { key, body: r.body, headers: { 'Idempotency-Key': idemKey } });

describe(`R5: ${REQUESTS} POSTs, each sent twice at once and once more afterwards`, () => {
  it(
    'records exactly one event per key and answers every copy the same; ' +
      'the copies that did not run say Idempotent-Replayed',
    async () => {
      const run = randomUUID().slice(0, 8);
      const keyOf = (i: number) => `r5-${run}-${i}`;
      const before = await countEvents(t.tdb.owner.db);
      const pairs = await pool(REQUESTS, 16, (i) =>
        Promise.all([0, 1].map(() => send(http, t.keys.reporter, keyOf(i), request(i)))),
      );
      const thirds = await pool(REQUESTS, 16, (i) => send(http, t.keys.reporter, keyOf(i), request(i)));

      const problems: string[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const copies = [...pairs[i], thirds[i]];
        const statuses = copies.map((c) => c.status);
        if (statuses.some((s) => s !== 201))
          problems.push(`${keyOf(i)}: statuses ${statuses} ${copies.map((c) => c.text).join(' | ')}`);
        else if (copies.some((c) => !sameAnswer(c, copies[0])))
          problems.push(`${keyOf(i)}: answers differ: ${copies.map((c) => c.text).join(' | ')}`);
        const flags = copies.map(replayed);
        if (
          flags[2] !== 'true' ||
          flags.slice(0, 2).filter((f) => f === 'true').length !== 1 ||
          flags.slice(0, 2).filter((f) => f === null).length !== 1
        ) {
          problems.push(`${keyOf(i)}: Idempotent-Replayed ${JSON.stringify(flags)}`);
        }
      }
      const statuses: Record<number, number> = {};
      for (const c of [...pairs.flat(), ...thirds]) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
      console.log(
        `R5 figures: ${REQUESTS * 3} requests (${JSON.stringify(statuses)}), keys with a problem: ${problems.length}`,
      );
      expect(problems).toEqual([]);

      // The log: one event per key, at the position the answers name; nothing else was written.
      const { rows } = await sql<{ key: string; n: number; position: string }>`
        select metadata->>'idempotencyKey' as key, count(*)::int as n, min(position)::text as position
          from events where metadata->>'idempotencyKey' like ${`r5-${run}-%`} group by 1`.execute(t.tdb.owner.db);
      const logged = new Map(rows.map((r) => [r.key, r]));
      const wrong: string[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const r = logged.get(keyOf(i));
        if (!r || r.n !== 1 || Number(r.position) !== pairs[i][0].body.position)
          wrong.push(`${keyOf(i)}: ${JSON.stringify(r)} vs ${pairs[i][0].text}`);
      }
      expect(wrong).toEqual([]);
      expect(rows).toHaveLength(REQUESTS);
      expect(await countEvents(t.tdb.owner.db)).toBe(before + REQUESTS);
    },
    size(120_000, 900_000),
  );
});

/** Holds `lockSql` in an owner transaction until `release()`; resolves once a request is waiting on it. */
async function holdLock(tdbUrl: string, lockSql: string) {
  const c = new pg.Client({ connectionString: tdbUrl });
  await c.connect();
  await c.query('begin');
  await c.query(lockSql);
  let released = false;
  return {
    /** Waits until `pending` (a request sent after the lock) is blocked on it; fails if it answered instead. */
    async waitUntilBlocking(pending: Promise<Answer>, deadlineMs = 20_000) {
      const end = Date.now() + deadlineMs;
      let answered: Answer | undefined;
      void pending.then((a) => (answered = a));
      for (;;) {
        if (answered) throw new Error(`the request answered before it blocked: ${answered.status} ${answered.text}`);
        // Inside a transaction pg_stat_activity keeps its first snapshot unless told otherwise.
        await c.query('select pg_stat_clear_snapshot()');
        const { rows } = await c.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        if (rows[0].n > 0) return;
        if (Date.now() > end) {
          const { rows: activity } = await c.query(
            `select pid, state, wait_event_type, wait_event, left(query, 120) as query
               from pg_stat_activity where datname = current_database()`,
          );
          throw new Error(`no request came to wait on the lock: ${JSON.stringify(activity)}`);
        }
        await sleep(10);
      }
    },
    /** Ends the lock's transaction; safe to call twice. */
    async release() {
      if (released) return;
      released = true;
      await c.query('commit');
      await c.end();
    },
  };
}

/** Settles with the promise's value, or 'pending' if it is still running after `ms`. */
const stillRunningAfter = <T>(p: Promise<T>, ms: number) => Promise.race([p, sleep(ms).then(() => 'pending' as const)]);

describe('a repeat while the first is in flight', () => {
  it('waits for the first to finish and answers its response, flagged Idempotent-Replayed; one event', async () => {
    const incidentId = await newIncident(http, t.keys.reporter, 'Slow stream');
    const r = {
      path: `/v1/incidents/${incidentId}/corrections`,
      body: { fields: { summary: 'slow correction' }, reason: 'R5 wait' },
    };
    const idemKey = `slow-${randomUUID()}`;
    // The first request holds its key while its append waits on the stream's row.
    const lock = await holdLock(
      t.tdb.url,
      `select 1 from streams where stream_id = 'incident-${incidentId}' for update`,
    );
    let first: Promise<Answer> | undefined;
    let repeat: Promise<Answer> | undefined;
    try {
      first = send(http, t.keys.reporter, idemKey, r);
      await lock.waitUntilBlocking(first);
      repeat = send(http, t.keys.reporter, idemKey, r);
      // Before this change the repeat answered 409 at once; now it must still be waiting.
      expect(await stillRunningAfter(repeat, 1000)).toBe('pending');
    } finally {
      await lock.release();
    }
    const [a, b] = await Promise.all([first!, repeat!]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(sameAnswer(b, a)).toBe(true);
    expect([replayed(a), replayed(b)]).toEqual([null, 'true']);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from events where metadata->>'idempotencyKey' = ${idemKey}`.execute(t.tdb.owner.db);
    expect(rows[0].n).toBe(1);
  });

  it(
    'when the first fails, the waiting repeat runs ' + 'itself and answers the same failure; nothing recorded',
    async () => {
      const incidentId = await newIncident(http, t.keys.reporter, 'Failing stream');
      const r = {
        path: `/v1/incidents/${incidentId}/corrections`,
        body: { fields: { summary: 'stale correction' }, reason: 'R5 release' },
      };
      const idemKey = `fail-${randomUUID()}`;
      const before = await countEvents(t.tdb.owner.db);
      // Reading the stream waits on the table lock; then If-Match "7" is stale (the stream is at 1): 412.
      const lock = await holdLock(t.tdb.url, 'lock table events in access exclusive mode');
      const sendStale = () =>
        http.send('POST', r.path, {
          key: t.keys.reporter,
          body: r.body,
          headers: { 'Idempotency-Key': idemKey, 'If-Match': '"7"' },
        });
      let first: Promise<Answer> | undefined;
      let repeat: Promise<Answer> | undefined;
      try {
        first = sendStale();
        await lock.waitUntilBlocking(first);
        repeat = sendStale();
        expect(await stillRunningAfter(repeat, 1000)).toBe('pending');
      } finally {
        await lock.release();
      }
      const [a, b] = await Promise.all([first!, repeat!]);
      expect([a.status, b.status]).toEqual([412, 412]);
      expect(b.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(b.body).toEqual(a.body);
      expect(a.body.currentVersion).toBe(1);
      expect([replayed(a), replayed(b)]).toEqual([null, null]);
      expect(await countEvents(t.tdb.owner.db)).toBe(before);
      // Failures are not stored: the key is free for a corrected request.
      const fixed = await send(http, t.keys.reporter, idemKey, r);
      expect(fixed.status).toBe(201);
      expect(replayed(fixed)).toBeNull();
    },
  );

  describe('with a short IDEMPOTENCY_WAIT_MS', () => {
    let short: TestApp;
    let shortHttp: HttpClient;
    beforeAll(async () => {
      short = await createTestApp('hard_idempotency_short', { IDEMPOTENCY_WAIT_MS: '300' });
      shortHttp = await listen(short);
    }, 60_000);
    afterAll(async () => short?.close());

    it(
      'a repeat still in flight past the wait is 409 problem+json with Retry-After; ' +
        'the first completes and later repeats replay it',
      async () => {
        const incidentId = await newIncident(shortHttp, short.keys.reporter, 'Very slow stream');
        const r = {
          path: `/v1/incidents/${incidentId}/corrections`,
          body: { fields: { summary: 'very slow correction' }, reason: 'R5 timeout' },
        };
        const idemKey = `timeout-${randomUUID()}`;
        const lock = await holdLock(
          short.tdb.url,
          `select 1 from streams where stream_id = 'incident-${incidentId}' for update`,
        );
        let first: Promise<Answer> | undefined;
        try {
          first = send(shortHttp, short.keys.reporter, idemKey, r);
          await lock.waitUntilBlocking(first);
          // Answered while the first is still blocked.
          const repeat = await send(shortHttp, short.keys.reporter, idemKey, r);
          expect(repeat.status).toBe(409);
          expect(repeat.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(repeat.body.type).toMatch(/idempotency-in-flight$/);
          expect(Number(repeat.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        } finally {
          await lock.release();
        }
        const a = await first!;
        expect(a.status).toBe(201);
        const later = await send(shortHttp, short.keys.reporter, idemKey, r);
        expect(later.status).toBe(201);
        expect(sameAnswer(later, a)).toBe(true);
        expect(replayed(later)).toBe('true');
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from events where metadata->>'idempotencyKey' = ${idemKey}`.execute(
          short.tdb.owner.db,
        );
        expect(rows[0].n).toBe(1);
      },
    );
  });
});
