// S1/S2: what 1, 2 and 3 worker processes buy on this machine.
// S1: catch-up from zero of every projection over a pre-written log (bulk append), workers with
//     WORKER_ROLES=projections; events/s from the first checkpoint move to the last projection at the head.
// S2: corroboration flows/s for a burst of claims appended at once, workers with every role.
// Each figure is the median of --runs runs (default 3); the machine's cores are shared by every process.
// Usage: npm run bench:scale -- [--events 100000] [--burst 300] [--workers 1,2,3] [--runs 3]
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  appendBulk,
  followersAtHead,
  holderPid,
  verdictCount,
  verdictTimes,
  type DatabaseHandle,
} from '@app/event-store';
import { PROJECTIONS } from '@app/projections';
import { projectionFollower } from '@app/config';
import { claimRecordedData, generateHistory, seedClaimTargets } from './support/generate.js';
import { cliArg, median, waitUntilLogReadable, withFreshDatabase } from './support/harness.js';
import { clearPrefix, startWorker, type Running } from './support/processes.js';

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number) => Math.round(x * 10) / 10;

export interface CatchUpRun {
  workers: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** Spawn of the workers to the last projection at the head (process start and lease pick-up included). */
  wallSeconds: number;
  /** Projection → the worker (1..n) that ran it at the end. */
  placement: Record<string, number>;
  /** Projection → seconds from the first checkpoint move to that projection at the head. */
  perProjection: Record<string, number>;
  /** 1-minute load average when the run started (other processes share the cores). */
  load: number;
}

/** S1 on one generated log: the read models are emptied before each worker count. */
export async function runCatchUpBench(
  distRoot: string,
  events: number,
  counts: number[],
  runs = 1,
): Promise<CatchUpRun[]> {
  return withFreshDatabase('scale_catchup', async (owner, url) => {
    log(`S1: generating ${events.toLocaleString('en')} events`);
    const history = await generateHistory(owner.db, events);
    await owner.pool.query('vacuum analyze events');
    await waitUntilLogReadable(owner);
    const names = PROJECTIONS.map((p) => projectionFollower(p.name));
    const tables = PROJECTIONS.flatMap((p) => p.tables.map((t) => t.name));
    const out: CatchUpRun[] = [];
    for (const n of counts.flatMap((c) => Array.from({ length: runs }, () => c))) {
      await owner.pool.query(`truncate ${tables.join(', ')}`);
      await owner.pool.query('delete from checkpoints where name = any($1)', [names]);
      await owner.pool.query('delete from follower_leases');
      await owner.pool.query('delete from follower_members');
      await waitUntilLogReadable(owner);
      const prefix = `{bench-scale-${randomUUID().slice(0, 8)}}`;
      log(`S1: catch-up with ${n} worker(s)`);
      const load = os.loadavg()[0];
      const spawnedAt = Date.now();
      const workers: Running[] = Array.from({ length: n }, () =>
        startWorker(distRoot, url, { QUEUE_PREFIX: prefix, WORKER_ROLES: 'projections' }),
      );
      try {
        let firstMove = 0;
        const doneAtOf = new Map<string, number>();
        for (const deadline = Date.now() + 30 * 60_000; ;) {
          const rows = await followersAtHead(owner.db, names);
          if (!firstMove && rows.some((r) => r.moved)) firstMove = Date.now();
          for (const r of rows) if (r.done && !doneAtOf.has(r.name)) doneAtOf.set(r.name, Date.now());
          if (doneAtOf.size === names.length) break;
          if (Date.now() > deadline) throw new Error('S1: projections did not reach the head in 30 minutes');
          await sleep(100);
        }
        const doneAt = Date.now();
        const { rows: leases } = await owner.pool.query<{ name: string; holder: string }>(
          `select name, holder from follower_leases where name = any($1)`,
          [names],
        );
        const pids = workers.map((w) => w.child.pid);
        const seconds = (doneAt - firstMove) / 1000;
        out.push({
          workers: n,
          events: history.events,
          seconds: round1(seconds),
          eventsPerSecond: Math.round(history.events / seconds),
          wallSeconds: round1((doneAt - spawnedAt) / 1000),
          placement: Object.fromEntries(leases.map((l) => [l.name, pids.indexOf(holderPid(l.holder)) + 1])),
          perProjection: Object.fromEntries(
            [...doneAtOf].map(([k, t]) => [k.replace('projection:', ''), round1((t - firstMove) / 1000)]),
          ),
          load: round1(load),
        });
        log(`S1 ${n} worker(s): ${JSON.stringify(out[out.length - 1])}`);
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        await clearPrefix(prefix);
      }
    }
    return out;
  });
}

export interface BurstRun {
  workers: number;
  claims: number;
  completed: number;
  seconds: number;
  flowsPerSecond: number;
}

async function verdicts(owner: DatabaseHandle, claimIds: string[]): Promise<number> {
  return verdictCount(owner.db, claimIds);
}

/** S2 with `n` workers (every role, default concurrency), on a fresh database. */
export async function runBurstBench(distRoot: string, n: number, burst: number): Promise<BurstRun> {
  const prefix = `{bench-burst-${randomUUID().slice(0, 8)}}`;
  return withFreshDatabase('scale_burst', async (owner, url) => {
    const actor = { actor: { keyId: 'bench', role: 'admin', name: 'bench' } };
    const { groups, sources, incidents } = await seedClaimTargets(owner.db, burst + 1);
    const claims = (ids: string[], offset: number) =>
      ids.map((incidentId, i) => ({
        streamId: `incident-${incidentId}`,
        eventId: randomUUID(),
        type: 'ClaimRecorded',
        data: claimRecordedData(randomUUID(), groups[(i + offset) % groups.length], sources[i % sources.length]),
      }));
    log(`S2: burst of ${burst} claims with ${n} worker(s)`);
    const workers = Array.from({ length: n }, () => startWorker(distRoot, url, { QUEUE_PREFIX: prefix }));
    try {
      // Warm-up: every worker is up and one flow has run end to end.
      const warm = claims([incidents[0]], 0);
      await appendBulk(owner.db, warm, actor);
      for (const deadline = Date.now() + 120_000; (await verdicts(owner, [warm[0].data.claimId])) < 1;) {
        if (Date.now() > deadline) throw new Error('S2: no verdict for the warm-up claim in 120 s');
        await sleep(100);
      }
      await sleep(3000);
      const batch = claims(incidents.slice(1), 1);
      const ids = batch.map((c) => c.data.claimId);
      await appendBulk(owner.db, batch, actor);
      let done = 0;
      for (
        const deadline = Date.now() + 600_000;
        (done = await verdicts(owner, ids)) < ids.length && Date.now() < deadline;
      )
        await sleep(200);
      // Wall time from the first claim recorded to the last verdict recorded.
      const times = await verdictTimes(owner.db, ids);
      const seconds =
        (Math.max(...times.map((t) => t.last_verdict_at.getTime())) -
          Math.min(...times.map((t) => t.claim_recorded_at.getTime()))) /
        1000;
      return {
        workers: n,
        claims: ids.length,
        completed: done,
        seconds: round1(seconds),
        flowsPerSecond: round1(done / seconds),
      };
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await clearPrefix(prefix);
    }
  });
}

/** The run with the median rate of each worker count. */
function medianRun<T extends { workers: number }>(all: T[], n: number, rate: (t: T) => number): T & { runs: number[] } {
  const mine = all.filter((r) => r.workers === n);
  const m = median(mine.map(rate));
  const pick = mine.reduce((best, r) => (Math.abs(rate(r) - m) < Math.abs(rate(best) - m) ? r : best));
  return { ...pick, runs: mine.map(rate) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const events = Number(cliArg('events', '100000'));
  const burst = Number(cliArg('burst', '300'));
  const runs = Number(cliArg('runs', '3'));
  const counts = cliArg('workers', '1,2,3').split(',').map(Number);
  const only = cliArg('only', '');
  const allCatchUp = only === 's2' ? [] : await runCatchUpBench(distRoot, events, counts, runs);
  const allBursts: BurstRun[] = [];
  if (only !== 's1')
    for (let r = 0; r < runs; r++) for (const n of counts) allBursts.push(await runBurstBench(distRoot, n, burst));
  const catchUp = counts.map((n) =>
    allCatchUp.length ? medianRun(allCatchUp, n, (x) => x.eventsPerSecond) : undefined,
  );
  const bursts = counts.map((n) => (allBursts.length ? medianRun(allBursts, n, (x) => x.flowsPerSecond) : undefined));
  const lines = [
    `| workers | S1 catch-up of ${events.toLocaleString('en')} events (3 projections), median of ${runs} | ` +
      `placement (median run) | S2 burst of ${burst} claims, median of ${runs} |`,
    '|---|---|---|---|',
    ...counts.map((n, i) => {
      const c = catchUp[i];
      const b = bursts[i];
      const s1 = c
        ? `${c.eventsPerSecond.toLocaleString('en')} ev/s (${c.seconds} s; ${c.wallSeconds} s from spawn; runs ` +
          `${c.runs.join(', ')}) | ` +
          `${Object.entries(c.placement)
            .map(([k, v]) => `${k.replace('projection:', '')}→w${v} ${c.perProjection[k.replace('projection:', '')]} s`)
            .join(', ')}`
        : '— | —';
      const s2 = b
        ? `${b.flowsPerSecond} flows/s (${b.completed}/${b.claims} in ${b.seconds} s; runs ${b.runs.join(', ')})`
        : '—';
      return `| ${n} | ${s1} | ${s2} |`;
    }),
  ];
  console.log(JSON.stringify({ catchUp: allCatchUp, bursts: allBursts }, null, 2));
  console.log(lines.join('\n'));
}
