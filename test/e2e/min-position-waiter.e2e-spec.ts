// Issue 16 item 7: 150 concurrent minPosition waits ran ~11,850 transactions in 7 s (each request
// polled on its own every 25 ms). One waiter per process now serves every waiting request: one
// query per wake (a read model's commit notification, or its poll), whatever the number waiting.
// The figure is the database's own count of committed transactions (pg_stat_database), not a timing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import type { ProjectionRunner } from '@app/projections';
import { startProjectionRunner } from '../support/projections.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { Seeder } from './support/e2e.js';

const WAITERS = 150;
const WAIT_MS = 3000;
let t: TestApp;
let runner: ProjectionRunner | undefined;

beforeAll(async () => {
  t = await createTestApp('e2e_min_position_waiter', { MIN_POSITION_WAIT_MS: String(WAIT_MS) });
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

/**
 * Transactions committed in this test's database so far, once the count has settled: an idle
 * backend flushes its statistics up to 10 s late, so the set-up's own transactions (migrations,
 * keys, the seed) would otherwise land inside the measured window. Settled: unchanged over 1 s.
 */
async function commits(): Promise<{ n: number; reads: number }> {
  const read = async () => {
    const { rows } = await sql<{ n: string }>`
      select xact_commit as n from pg_stat_database where datname = current_database()`.execute(t.tdb.owner.db);
    return Number(rows[0].n);
  };
  const deadline = Date.now() + 20_000;
  let last = await read();
  let reads = 1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    // Each read is a transaction of its own: one more than the last read is "unchanged".
    const now = await read();
    reads++;
    if (now - last <= 1 || Date.now() > deadline) return { n: now, reads };
    last = now;
  }
}

/** The waiter's own query count, from the API's /metrics. */
async function waiterChecks(): Promise<number> {
  const text = (await t.http.get('/metrics')).text;
  return Number(/^claimtrail_min_position_checks_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

const waitFor = (id: string, position: number) =>
  t.http.get(`/v1/incidents/${id}?minPosition=${position}`).set(bearer(t.keys.reporter));

describe('minPosition waits share one waiter', () => {
  it(
    `${WAITERS} requests waiting on a position no read model reaches ` + 'cost a handful of queries per second',
    async () => {
      const seed = new Seeder(t);
      const id = await seed.incident();
      const { rows } = await sql<{ p: string }>`select max(position) as p from events`.execute(t.tdb.owner.db);
      const position = Number(rows[0].p);
      const checksBefore = await waiterChecks();
      const before = await commits();
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: WAITERS }, () => waitFor(id, position)));
      const seconds = (Date.now() - started) / 1000;
      // The reads of the settling loop itself (but the last) are not the waiters' work.
      const checksPerSecond = ((await waiterChecks()) - checksBefore) / seconds;
      const after = await commits();
      const perSecond = (after.n - before.n - (after.reads - 1)) / seconds;
      // The figure the issue asks for (before and after), on the test's own output.
      process.stderr.write(
        `minPosition: ${WAITERS} waiters for ${seconds.toFixed(1)} s: ` +
          `${checksPerSecond.toFixed(1)} waiter queries/s, ` +
          `${perSecond.toFixed(1)} transactions/s in the database\n`,
      );
      expect(answers.map((a) => a.status)).toEqual(Array(WAITERS).fill(503));
      expect(answers[0].headers['retry-after']).toBe('1');
      // Before: each request polled on its own (~1,700 transactions/s for 150 waiters here). Now the
      // process's one waiter queries once per wake (poll or notification), whatever the number waiting.
      expect(checksPerSecond).toBeLessThan(30);
      // And nothing else per waiting request reaches the database: far below one poll loop per request.
      expect(perSecond).toBeLessThan(150);
    },
  );

  it('every waiting request is answered as soon as the read models apply the position', async () => {
    const seed = new Seeder(t);
    const id = await seed.incident({ occurredAt: '2023-08-02' });
    const { rows } = await sql<{ p: string }>`select max(position) as p from events`.execute(t.tdb.owner.db);
    const pending = Promise.all(Array.from({ length: WAITERS }, () => waitFor(id, Number(rows[0].p))));
    await new Promise((r) => setTimeout(r, 500));
    runner = startProjectionRunner(t.tdb, { pollMs: 200 });
    const answers = await pending;
    expect(answers.map((a) => a.status)).toEqual(Array(WAITERS).fill(200));
    expect(new Set(answers.map((a) => a.body.id))).toEqual(new Set([id]));
  });
});
