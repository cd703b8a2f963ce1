// R2 (issue 8): the worker process is killed with SIGKILL at random points while it works through a
// history of claims, sources, retractions, denials and attributions, and restarted each time. In
// the end its read models and corroboration outcome must equal those of a clean run of the same
// events (same deterministic ids, written with the bulk append) by a worker never killed.
//
// Why both runs get the whole history before their worker starts, and what is compared: a check
// reads the claim's context from the log when it runs, and the claimant-history check reads other
// incidents' claims, so with writes still arriving a verdict would depend on how far the writer got.
// With the history written first every run of a claim reads the same context. What stays timing
// dependent is how many runs a claim gets: a re-evaluation event folds into a flow that has not
// started yet (pending marker) but gets a flow of its own otherwise, and a run finishing after one
// with a later cause records nothing (superseded). So the log of corroboration results is compared as
// (a) exactly once: no (claim, cause) pair completed twice, and every flow BullMQ completed either
// recorded its cause's result or was superseded; (b) every claim completed, and every result of a
// claim (each run's verdict and score) equals the clean run's final verdict and score for it.
// Read models are compared row by row, without the fields that follow from that (versions,
// positions, recording times, review ids): see outage-state.ts.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import { generateHistory, prng } from '../../bench/support/generate.js';
import { deletePrefix } from '../corroboration/support/harness.js';
import {
  backlog,
  completions,
  corroborationQueue,
  diffSnapshots,
  duplicateCompletions,
  finalVerdicts,
  FOLLOWERS,
  readModelSnapshot,
  recordedClaimIds,
  unaccountedFlows,
  waitSettled,
} from '../hardening/support/outage-state.js';
import { startWorker, type Proc } from '../support/processes.js';
import { READ_MODEL_TABLES } from '../support/projections.js';
import { size } from '../support/sizes.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const EVENTS = size(4_000, 50_000);
const KILLS = size(10, 15);
/** Random kill points: this long (ms) after the restarted worker reported it had started. */
const KILL_AFTER_MS = size([200, 3_000], [1_000, 20_000]);
const SETTLE_MS = size(240_000, 1_800_000);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const seed = Number(process.env.WORKER_CRASH_SEED ?? Date.now() % 1_000_000);

interface Run {
  tdb: TestDatabase;
  prefix: string;
  queue: Queue;
  env: Record<string, string>;
}

const runs: Run[] = [];

async function newRun(label: string): Promise<Run> {
  const tdb = await createTestDatabase(label);
  const prefix = `{ct-${label}-${randomBytes(4).toString('hex')}}`;
  const run: Run = {
    tdb,
    prefix,
    queue: corroborationQueue(REDIS_URL, prefix),
    env: {
      DATABASE_URL: tdb.url,
      QUEUE_PREFIX: prefix,
      REDIS_URL,
      WORKER_METRICS_PORT: '0',
      // Small batches and short leases: more points to die at, and a quick take-over after each death.
      LOG_BATCH_SIZE: '200',
      LOG_POLL_MS: '100',
      LEASE_TTL_MS: '1000',
      LEASE_HEARTBEAT_MS: '250',
    },
  };
  runs.push(run);
  return run;
}

beforeAll(async () => {
  const [crash, clean] = [await newRun('crash'), await newRun('clean')];
  // The same seeded history on both databases: same ids, same order, so the same positions.
  const [a, b] = [
    await generateHistory(crash.tdb.app.db, EVENTS, { seed: 11 }),
    await generateHistory(clean.tdb.app.db, EVENTS, { seed: 11 }),
  ];
  expect(a).toEqual(b);
}, 300_000);

afterAll(async () => {
  for (const r of runs) {
    await r.queue.close().catch(() => undefined);
    await deletePrefix(REDIS_URL, r.prefix).catch(() => undefined);
    await r.tdb.drop().catch(() => undefined);
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`worker killed with SIGKILL ${KILLS}+ times during ${EVENTS} events`, () => {
  it(
    'ends with the read models and corroboration results of a clean run',
    async () => {
      const [crash, clean] = runs;
      const started = Date.now();
      const cleanWorker = await startWorker(clean.env);
      const rnd = prng(seed);
      const kills: Array<{ afterMs: number; pending: number; lags: Record<string, number> }> = [];
      let worker: Proc = await startWorker(crash.env);
      // Kill until KILLS deaths have hit a worker with work left (a cap keeps a fast machine from looping).
      while (
        kills.filter((k) => k.pending > 0 || Object.values(k.lags).some((l) => l > 0)).length < KILLS &&
        kills.length < KILLS * 3
      ) {
        const afterMs = Math.round(KILL_AFTER_MS[0] + rnd() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0]));
        await sleep(afterMs);
        const b = await backlog(crash.tdb.owner.db, crash.queue);
        worker.kill('SIGKILL');
        await worker.exited;
        kills.push({ afterMs, pending: b.pending, lags: b.lags });
        worker = await startWorker(crash.env);
      }
      const busyKills = kills.filter((k) => k.pending > 0 || Object.values(k.lags).some((l) => l > 0)).length;
      const killedMs = Date.now() - started;
      console.log(`worker crash: ${kills.length} kills done after ${killedMs} ms: ${JSON.stringify(kills)}`);

      const [crashDone, cleanDone] = await Promise.all([
        waitSettled(crash.tdb.owner.db, crash.queue, FOLLOWERS, SETTLE_MS, 'crashed run'),
        waitSettled(clean.tdb.owner.db, clean.queue, FOLLOWERS, SETTLE_MS, 'clean run'),
      ]);
      const settledMs = Date.now() - started;
      console.log(`worker crash: both runs settled after ${settledMs} ms`);
      await Promise.all([worker.stop(), cleanWorker.stop()]);

      // Deaths landed while there was work: the test tested something.
      expect(busyKills).toBeGreaterThanOrEqual(KILLS);
      // No job gave up (a job of a killed worker is retried once found stalled).
      expect({ crash: crashDone.failed, clean: cleanDone.failed }).toEqual({ crash: 0, clean: 0 });

      const [crashResults, cleanResults] = [
        await completions(crash.tdb.owner.db),
        await completions(clean.tdb.owner.db),
      ];
      const claims = await recordedClaimIds(crash.tdb.owner.db);
      expect(await recordedClaimIds(clean.tdb.owner.db)).toEqual(claims);
      expect(claims.length).toBeGreaterThan(EVENTS / 10);

      // Exactly once per cause.
      expect(duplicateCompletions(crashResults)).toEqual([]);
      expect(duplicateCompletions(cleanResults)).toEqual([]);
      expect(await unaccountedFlows(crash.queue, crashResults)).toEqual([]);
      expect(await unaccountedFlows(clean.queue, cleanResults)).toEqual([]);

      // Every claim corroborated, with the clean run's verdict and score, by every run it got.
      const cleanFinal = finalVerdicts(cleanResults);
      const crashFinal = finalVerdicts(crashResults);
      expect([...crashFinal.keys()].sort()).toEqual([...claims].sort());
      expect([...cleanFinal.keys()].sort()).toEqual([...claims].sort());
      const differing = crashResults.filter((c) => {
        const want = cleanFinal.get(c.claimId);
        return !want || want.verdict !== c.verdict || want.score !== c.score;
      });
      expect(differing.slice(0, 5)).toEqual([]);

      // The read models, row by row.
      const [crashModels, cleanModels] = [
        await readModelSnapshot(crash.tdb.owner.db),
        await readModelSnapshot(clean.tdb.owner.db),
      ];
      expect(Object.keys(crashModels)).toEqual(expect.arrayContaining([...READ_MODEL_TABLES]));
      expect(crashModels.rm_claims.size).toBe(claims.length);
      expect(diffSnapshots(crashModels, cleanModels)).toEqual({});

      const rows = Object.fromEntries(Object.entries(crashModels).map(([t, m]) => [t, m.size]));
      console.log(
        `worker crash (seed ${seed}): ${EVENTS} input events, ` +
          `${kills.length} SIGKILLs (${busyKills} with work left) in ${killedMs} ms, ` +
          `settled after ${settledMs} ms; ${claims.length} claims, ` +
          `corroboration runs ${crashResults.length} (crashed) vs ${cleanResults.length} (clean); ` +
          `rows ${JSON.stringify(rows)}; kill points ${JSON.stringify(kills.map((k) => k.afterMs))}`,
      );
    },
    SETTLE_MS + 600_000,
  );
});
