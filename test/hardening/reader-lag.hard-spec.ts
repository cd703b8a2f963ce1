// Operational limits (issue 8): (a) a transaction left open by an app session stalls every log
// reader (they read below the cluster-wide snapshot xmin): /health raises the reader alarm,
// naming the blocking session, and once DATABASE_IDLE_IN_TX_TIMEOUT_MS ends that session the alarm
// clears and the followers catch up. (b) REQUEST_TIMEOUT_MS: a write stuck behind a lock is answered
// 503 problem+json in time; the write may still commit afterwards, and what a client can rely on is
// its Idempotency-Key: a retry with it answers the one recorded outcome.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '@app/config';
import type { DatabaseHandle } from '@app/event-store';
import type { ProjectionRunner } from '@app/projections';
import { openAppDatabase } from '@app/runtime';
import { Seeder } from '../e2e/support/e2e.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startProjectionRunner } from '../support/projections.js';
import { until } from '../support/until.js';

const IDLE_IN_TX_MS = 10_000;
const STALL_ALARM_MS = 1_000;
const REQUEST_TIMEOUT_MS = 1_500;
/**
 * Generous: another suite's long transaction on the same server (concurrency) stalls these readers
 * too, until it ends.
 */
const CLEAR_MS = 180_000;

let t: TestApp;
let runner: ProjectionRunner;
let baseUrl: string;
let seed: Seeder;
let source: string;
const opened: DatabaseHandle[] = [];

beforeAll(async () => {
  t = await createTestApp('reader_lag', {
    DATABASE_IDLE_IN_TX_TIMEOUT_MS: String(IDLE_IN_TX_MS),
    HEALTH_READER_STALL_MS: String(STALL_ALARM_MS),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  });
  runner = startProjectionRunner(t.tdb, { pollMs: 50 });
  await t.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  seed = new Seeder(t);
  source = await seed.source({ reliability: 'B' });
  await seed.group('Lag Front');
}, 120_000);

afterAll(async () => {
  await runner?.stop().catch(() => undefined);
  for (const d of opened) await d.close().catch(() => undefined);
  await t?.close();
}, 60_000);

async function health(): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/health`);
  return { status: res.status, body: await res.json() };
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.keys.reporter}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const claimsOf = async (incidentId: string) =>
  (
    await sql<{
      id: string;
    }>`select data->>'claimId' as id from events
        where stream_id = ${`incident-${incidentId}`} and type = 'ClaimRecorded'`.execute(t.tdb.owner.db)
  ).rows.map((r) => r.id);

describe('reader-lag alarm', () => {
  it(
    'fires while an app session idles in a transaction, and clears when the idle timeout ends it',
    async () => {
      // An app session, opened as the app opens them (role, timeouts), that takes an xid and then idles.
      const stuckDb = openAppDatabase(loadConfig(), 'claimtrail-stuck');
      opened.push(stuckDb);
      const stuck = await stuckDb.pool.connect();
      const ended = new Promise<{ code?: string }>((resolve) =>
        stuck.once('error', (err) => resolve(err as { code?: string })),
      );
      const { rows } = await stuck.query<{ pid: number; role: string }>(
        'select pg_backend_pid() as pid, current_user as role',
      );
      const stuckPid = rows[0].pid;
      expect(rows[0].role).toBe('claimtrail_app');
      await stuck.query('begin');
      const stuckXid = (await stuck.query<{ xid: string }>('select pg_current_xact_id()::text as xid')).rows[0].xid;
      // The alarm names the holder of the cluster-wide xmin: this session, unless another test's
      // transaction (any database on the server) is older still, which stalls these readers as well.
      const holdsXmin = async (pid: number) => {
        if (pid === stuckPid) return true;
        const { rows: older } = await sql`
        select 1 from pg_locks where pid = ${pid} and locktype = 'transactionid' and mode = 'ExclusiveLock'
           and age(transactionid) >= age((${stuckXid}::numeric % 4294967296)::text::xid)`.execute(t.tdb.owner.db);
        return older.length > 0;
      };

      // Written after it: committed, but hidden from the readers.
      const inc = await seed.incident({ occurredAt: '2024-03-03' });
      const alarm = await until(
        'the reader alarm naming the stuck session',
        async () => {
          const h = await health();
          const blocker = h.body.details?.readers?.blockedBy?.pid;
          return h.status === 200 &&
            h.body.details.readers.status === 'degraded' &&
            blocker &&
            (await holdsXmin(blocker))
            ? h
            : undefined;
        },
        30_000,
        200,
      );
      expect(alarm.body.status).toBe('degraded');
      expect(alarm.body.details.readers).toEqual(
        expect.objectContaining({ alarm: 'readers-stalled', hiddenEvents: expect.any(Number) }),
      );
      expect(alarm.body.details.readers.hiddenEvents).toBeGreaterThan(0);
      expect(alarm.body.details.readers.stalledForMs).toBeGreaterThan(STALL_ALARM_MS);
      // The followers really are stalled: the incident is not in the read model.
      const { rows: seen } = await sql`select 1 from rm_incidents where incident_id = ${inc}`.execute(t.tdb.owner.db);
      expect(seen).toEqual([]);

      // The session's own idle-in-transaction timeout ends it; nobody else touches it.
      expect((await ended).code).toBe('25P03');
      stuck.release(true);
      const cleared = await until(
        'the reader alarm to clear',
        async () => {
          const h = await health();
          return h.status === 200 && h.body.details.readers.status === 'up' ? h : undefined;
        },
        CLEAR_MS,
        200,
      );
      expect(cleared.body.details.readers.blockedBy?.pid ?? null).not.toBe(stuckPid);
      await until(
        'the followers to catch up',
        async () =>
          (await sql`select 1 from rm_incidents where incident_id = ${inc}`.execute(t.tdb.owner.db)).rows.length > 0,
        CLEAR_MS,
        200,
      );
      const { rows: alive } = await sql`select 1 from pg_stat_activity where pid = ${stuckPid}`.execute(t.tdb.owner.db);
      expect(alive).toEqual([]);
    },
    30_000 + 2 * CLEAR_MS,
  );
});

describe('request timeout', () => {
  it(
    'answers 503 problem+json in time; ' + 'a retry with the same Idempotency-Key answers the one recorded outcome',
    async () => {
      const inc = await seed.incident({ occurredAt: '2024-04-04' });
      // Another session holds the incident's stream row, so the claim's append waits on it.
      const locker = new pg.Client({ connectionString: t.tdb.url });
      locker.on('error', () => undefined);
      await locker.connect();
      await locker.query('begin');
      await locker.query('select version from streams where stream_id = $1 for update', [`incident-${inc}`]);
      const body = { group: 'Lag Front', channel: 'statement', claimedAt: '2024-04-04T09:00:00Z', sourceId: source };
      const key = `timeout-${Date.now()}`;
      const first = await post(`/v1/incidents/${inc}/claims`, body, { 'idempotency-key': key });
      const problem = await first.json();
      expect(first.status).toBe(503);
      expect(first.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(first.headers.get('retry-after')).toEqual(expect.any(String));
      expect(problem).toEqual(
        expect.objectContaining({
          status: 503,
          type: expect.stringContaining('request-timeout'),
          detail: expect.any(String),
        }),
      );
      // Still waiting on the lock: nothing recorded yet.
      expect(await claimsOf(inc)).toEqual([]);

      // The lock goes; the command that was answered 503 carries on and records its claim.
      await locker.query('commit');
      await locker.end();
      const [recorded] = await until(
        'the timed-out command to commit',
        async () => ((await claimsOf(inc)).length ? claimsOf(inc) : undefined),
        20_000,
        200,
      );

      // What a client can rely on: the retry with the same key answers that outcome, and records nothing more.
      const retry = await post(`/v1/incidents/${inc}/claims`, body, { 'idempotency-key': key });
      const retried = (await retry.json()) as { id: string };
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.id).toBe(recorded);
      // A retry without the key is refused as the duplicate it is.
      const unkeyed = await post(`/v1/incidents/${inc}/claims`, body);
      expect(unkeyed.status).toBe(409);
      expect(await claimsOf(inc)).toEqual([recorded]);
      // And the app answers normally.
      expect(
        (await post('/v1/incidents', { occurredAt: '2024-04-05', location: { country: 'PK' }, type: 'bombing' }))
          .status,
      ).toBe(201);
    },
    60_000,
  );
});
