// R1: full rebuild of every read model vs a no-op replay through the gap-safe reader vs a raw
// SELECT scan of the same rows into Node; Q1: the picture and as-of reads over HTTP on the same
// database. The history is generated once (bulk append); each measurement repeats `runs` times.
// Usage: npm run bench:rebuild -- [--events N] [--runs R] [--seconds S]   (default 1,000,000)
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventStore, LOG_START, LogSubscription, type DatabaseHandle } from '@app/event-store';
import { LIVE, PROJECTIONS, RebuildRunner } from '@app/projections';
import { projectionFollower } from '@app/config';
import { generateHistory, type GeneratedHistory } from './support/generate.js';
import { cliNumber, median, runAsScript, waitUntilLogReadable, withFreshDatabase } from './support/harness.js';
import { runReadsBench, type ReadsResult } from './reads.bench.js';
import { runConsoleBench, type ConsoleResult } from './console.bench.js';

export interface ReplayRun {
  rawScanRowsPerSecond: number;
  replayEventsPerSecond: number;
  rebuildEventsPerSecond: number;
  /** The same rebuild applying batch by batch with upserts (the path before the bulk load), same run. */
  batchRebuildEventsPerSecond: number;
  rebuildSeconds: number;
  rebuildEvents: number;
  rebuildNodeCpuShare: number;
  drift: number | null;
  status: string;
}

async function rawScan(owner: DatabaseHandle): Promise<number> {
  const t = performance.now();
  let raw = 0;
  for (let after = 0; ;) {
    const { rows } = await owner.pool.query('select * from events where position > $1 order by position limit 10000', [
      after,
    ]);
    if (!rows.length) break;
    raw += rows.length;
    after = Number(rows[rows.length - 1].position);
  }
  return raw / ((performance.now() - t) / 1000);
}

async function replay(store: EventStore): Promise<number> {
  const t = performance.now();
  let n = 0;
  for (let cp = { ...LOG_START }; ;) {
    const batch = await store.readAll(cp, 10000);
    if (!batch.length) break;
    n += batch.length;
    cp = { transactionId: batch[batch.length - 1].transactionId, position: batch[batch.length - 1].position };
  }
  return n / ((performance.now() - t) / 1000);
}

export async function runReplayBench(
  events: number,
  runs: number,
  reads?: { distRoot: string; seconds: number; consoleLoads?: number },
) {
  return withFreshDatabase('rebuild', async (owner, url) => {
    const store = new EventStore(owner.db);
    let t = performance.now();
    const history: GeneratedHistory = await generateHistory(owner.db, events);
    const generateS = (performance.now() - t) / 1000;
    await owner.pool.query('vacuum analyze events');
    await waitUntilLogReadable(owner);

    // The live models are brought to the head first, as under a running worker; rebuilds replace them.
    t = performance.now();
    for (const p of PROJECTIONS) {
      await new LogSubscription(owner.db, store, {
        name: projectionFollower(p.name),
        batchSize: 5000,
        handle: (ev, trx) => p.apply(ev, trx, LIVE),
      }).drain();
    }
    const liveS = (performance.now() - t) / 1000;

    const all: ReplayRun[] = [];
    const runner = new RebuildRunner(owner.db);
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`[bench] R1 run ${i + 1}/${runs}\n`);
      const rawScanRowsPerSecond = await rawScan(owner);
      const replayEventsPerSecond = await replay(store);
      t = performance.now();
      const batchReport = await runner.run(await runner.begin('all', 'bench'), {
        batchSize: 5000,
        appRole: 'claimtrail_app',
        bulk: false,
      });
      const batchRebuildEventsPerSecond = batchReport.events / ((performance.now() - t) / 1000);
      t = performance.now();
      const cpu = process.cpuUsage();
      const report = await runner.run(await runner.begin('all', 'bench'), {
        batchSize: 5000,
        appRole: 'claimtrail_app',
      });
      const rebuildS = (performance.now() - t) / 1000;
      const used = process.cpuUsage(cpu);
      all.push({
        // Where the time goes: this process's CPU (decoding, folding, JSON) against the wall clock.
        rebuildNodeCpuShare: Math.round(((used.user + used.system) / 1e6 / rebuildS) * 100) / 100,
        rawScanRowsPerSecond: Math.round(rawScanRowsPerSecond),
        replayEventsPerSecond: Math.round(replayEventsPerSecond),
        // Every projection replays the whole log in one pass; the log is counted once.
        rebuildEventsPerSecond: Math.round(report.events / rebuildS),
        batchRebuildEventsPerSecond: Math.round(batchRebuildEventsPerSecond),
        rebuildEvents: report.events,
        rebuildSeconds: Math.round(rebuildS * 10) / 10,
        drift: report.drift?.rows ?? null,
        status: report.status,
      });
    }
    const pick = (k: keyof ReplayRun) => median(all.map((r) => Number(r[k] ?? -1)));
    let q1: ReadsResult | undefined;
    if (reads) q1 = await runReadsBench({ ...reads, url, owner, history, runs });
    // V1: the console's pages on the same history (time to the chart drawn, the initial bundle).
    let v1: ConsoleResult | undefined;
    if (reads?.consoleLoads)
      v1 = await runConsoleBench({ distRoot: reads.distRoot, url, history, loads: reads.consoleLoads });
    return {
      events: history.events,
      generateEventsPerSecond: Math.round(history.events / generateS),
      liveProjectionEventsPerSecond: Math.round(history.events / liveS),
      runs: all,
      median: {
        rawScanRowsPerSecond: pick('rawScanRowsPerSecond'),
        replayEventsPerSecond: pick('replayEventsPerSecond'),
        rebuildEventsPerSecond: pick('rebuildEventsPerSecond'),
        batchRebuildEventsPerSecond: pick('batchRebuildEventsPerSecond'),
        drift: Math.max(...all.map((r) => r.drift ?? -1)),
        batchStatus: all.every((r) => r.status === 'succeeded') ? 'succeeded' : 'failed',
      },
      q1,
      v1,
    };
  });
}

runAsScript(import.meta.url, () => {
  const distRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const reads = process.argv.includes('--reads')
    ? { distRoot, seconds: cliNumber('seconds', 5), consoleLoads: cliNumber('console-loads', 10) }
    : undefined;
  return runReplayBench(cliNumber('events', 1_000_000), cliNumber('runs', 1), reads);
});
