// R2 (issue 8): the API's Postgres (a private embedded one) is stopped under a steady load of reads
// and writes and started again a few seconds later. While it is away every request is answered 503
// with Retry-After as problem+json: never a 500, never a request left hanging past the request
// timeout, never a 401 because the key could not be looked up. Once it is back the same app
// process answers again (no restart) and /health says 200; every write answered 201 is in the log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pgClient from 'pg';
import { sql } from 'kysely';
import { size } from '../support/sizes.js';
import type { TestApp } from '../support/test-app.js';
import { Load, tally, type Answer } from './support/outage-load.js';
import { PrivatePostgres } from './support/outage-postgres.js';

const REQUEST_TIMEOUT_MS = 5_000;
const DOWN_MS = 5_000;
const WRITERS = size(2, 8);
const READERS = size(2, 8);
const GAP_MS = size(200, 10);
/** Successful answers before the stop, and in a row after the restart. */
const STEADY = size(20, 500);

let pg: PrivatePostgres;
let t: TestApp;
let baseUrl: string;
const groups = ['Restart Front', 'Harbour Brigade', 'Ridge Battalion'];
let sources: string[] = [];

beforeAll(async () => {
  pg = new PrivatePostgres();
  await pg.start();
  // The test database (and so the app) lives on the private server. test-database.ts reads this
  // when it loads: hence the imports here, not at the top.
  process.env.TEST_DATABASE_URL = pg.serverUrl;
  const { createTestApp } = await import('../support/test-app.js');
  const { Seeder } = await import('../e2e/support/e2e.js');
  t = await createTestApp('pg_restart', { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });
  expect(t.tdb.url).toContain(`:${pg.port}/`);
  const seed = new Seeder(t);
  sources = [
    await seed.source({ reliability: 'A' }),
    await seed.source({ reliability: 'B' }),
    await seed.source({ reliability: 'C' }),
  ];
  for (const g of groups) await seed.group(g);
  await t.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
}, 180_000);

afterAll(async () => {
  if (pg && !pg.running) await pg.start().catch(() => undefined);
  await t?.close().catch(() => undefined);
  await pg?.destroy();
}, 120_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const healthStatus = async () =>
  (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null))?.status ?? 0;

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

const ok = (a: Answer) => a.status >= 200 && a.status < 300;

describe('Postgres restarted under load', () => {
  it(
    'answers 503 + Retry-After while it is away, and recovers without an app restart',
    async () => {
      const load = new Load({
        baseUrl,
        keys: t.keys,
        groups,
        sources,
        writers: WRITERS,
        readers: READERS,
        gapMs: GAP_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS + 5_000,
      }).start();
      await until('a steady load before the restart', () => load.answers.filter(ok).length >= STEADY, 120_000);

      const down = load.now();
      await pg.stop();
      await sleep(DOWN_MS);
      const healthWhileDown = await healthStatus();
      await pg.start();
      const up = load.now();

      // Back: wait for STEADY answers in a row, all started after the restart, to succeed.
      await until(
        `${STEADY} successful answers in a row after the restart`,
        () => {
          const after = load.answers.filter((a) => a.at >= up);
          return after.length >= STEADY && after.slice(-STEADY).every(ok);
        },
        120_000,
      );
      await until('/health 200', async () => (await healthStatus()) === 200, 30_000);
      await load.stop();

      const answers = load.answers;
      const bad = answers.filter(
        (a) => !ok(a) && !(a.status === 503 && /^application\/problem\+json/.test(a.contentType) && a.retryAfter),
      );
      expect({ bad: tally(bad), sample: bad.slice(0, 3) }).toEqual({ bad: {}, sample: [] });
      const refused = answers.filter((a) => a.status === 503);
      // The outage was seen, by reads and writes alike, and only around it.
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused.map((a) => a.method))).toEqual(new Set(['GET', 'POST']));
      expect(refused.filter((a) => a.at + a.ms < down)).toEqual([]);
      expect(healthWhileDown).toBe(503);
      // No answer took longer than the request timeout allows (a hang would be cut at REQUEST_TIMEOUT_MS).
      expect(answers.filter((a) => a.ms > REQUEST_TIMEOUT_MS + 2_000).map((a) => `${a.op} ${a.ms} ms`)).toEqual([]);

      // Every 201 is in the log, at its position, with its id.
      const created = answers.filter((a) => a.method === 'POST' && a.status === 201);
      const { rows } = await sql<{ n: number }>`
      select count(*)::int as n
        from events e
        join unnest(${created.map((a) => a.body.position)}::bigint[]) p(position) using (position)`.execute(
        t.tdb.owner.db,
      );
      expect(rows[0].n).toBe(created.length);

      const after = answers.filter((a) => a.at >= up);
      console.log(
        `postgres restart: ${answers.length} requests, ${refused.length} answered 503 while Postgres was away ` +
          `(${DOWN_MS} ms down, restart took ${up - down} ms), ` +
          `0 of other failures, ${after.length} after, slowest ${Math.max(...answers.map((a) => a.ms))} ms; ` +
          `${JSON.stringify(tally(answers))}`,
      );
    },
    size(240_000, 600_000),
  );

  it(
    'answers 503, not 500, when the backend serving a request ' + 'dies under it (and Postgres restarts all sessions)',
    async () => {
      const load = new Load({
        baseUrl,
        keys: t.keys,
        groups,
        sources,
        writers: 0,
        gapMs: 0,
        requestTimeoutMs: REQUEST_TIMEOUT_MS + 5_000,
      });
      const inc = await load.request('incident', 'POST', '/v1/incidents', t.keys.reporter, {
        occurredAt: '2024-02-02',
        location: { country: 'PK' },
        type: 'bombing',
      });
      expect(inc.status).toBe(201);
      // Hold the incident's stream row, so the claim's append waits on it inside the app's transaction.
      const locker = new pgClient.Client({ connectionString: t.tdb.url });
      locker.on('error', () => undefined);
      await locker.connect();
      const lockerPid = (await locker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
      await locker.query('begin');
      await locker.query('select version from streams where stream_id = $1 for update', [`incident-${inc.body.id}`]);
      const body = { group: groups[0], channel: 'statement', claimedAt: '2024-02-02T10:00:00Z', sourceId: sources[0] };
      const pending = load.request('claim', 'POST', `/v1/incidents/${inc.body.id}/claims`, t.keys.reporter, body);
      let victim = 0;
      await until(
        'the claim to wait on the row lock',
        async () => {
          const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity
         where wait_event_type = 'Lock' and application_name like 'claimtrail-%' and pid <> ${lockerPid}`.execute(
            t.tdb.owner.db,
          );
          victim = rows[0]?.pid ?? 0;
          return victim > 0;
        },
        20_000,
      );
      // As an out-of-memory kill would: the backend vanishes without a word, and the postmaster resets every session.
      process.kill(victim, 'SIGKILL');
      const answer = await pending;
      await locker.end().catch(() => undefined);
      expect({ status: answer.status, type: answer.contentType, retryAfter: answer.retryAfter }).toEqual({
        status: 503,
        type: expect.stringMatching(/^application\/problem\+json/),
        retryAfter: expect.any(String),
      });
      expect(answer.body.status).toBe(503);

      // The same app recovers: /health, then the claim (it was not recorded).
      await until('/health 200 after the crash recovery', async () => (await healthStatus()) === 200, 60_000);
      let retry: Answer | undefined;
      await until(
        'the claim to be accepted after recovery',
        async () => {
          retry = await load.request('claim', 'POST', `/v1/incidents/${inc.body.id}/claims`, t.keys.reporter, body);
          return retry.status !== 503;
        },
        30_000,
      );
      expect(retry!.status).toBe(201);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from events
          where stream_id = ${`incident-${inc.body.id}`} and type = 'ClaimRecorded'`.execute(t.tdb.owner.db);
      expect(rows[0].n).toBe(1);
    },
    120_000,
  );
});
