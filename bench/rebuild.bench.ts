// R1: full rebuild of every read model vs a no-op replay through the gap-safe reader vs a raw
// SELECT scan of the same rows into Node, all on one freshly generated database in one run.
// Usage: npm run bench:rebuild -- [--events N]   (default 1,000,000)
import { performance } from 'node:perf_hooks';
import { EventStore, LOG_START, LogSubscription } from '@app/event-store';
import { checkpointName, LIVE, PROJECTIONS, RebuildRunner } from '@app/projections';
import { generateHistory } from './support/generate.js';
import { withFreshDatabase } from './support/harness.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

export async function runRebuildBench(events: number) {
  return withFreshDatabase('rebuild', async (owner) => {
    const store = new EventStore(owner.db);
    let t = performance.now();
    const written = await generateHistory(store, events);
    const generateS = (performance.now() - t) / 1000;
    await owner.pool.query('vacuum analyze events');

    // Raw scan: every column of every row into Node, in keyset pages.
    t = performance.now();
    let raw = 0;
    for (let after = 0; ; ) {
      const { rows } = await owner.pool.query('select * from events where position > $1 order by position limit 10000', [after]);
      if (!rows.length) break;
      raw += rows.length;
      after = Number(rows[rows.length - 1].position);
    }
    const rawS = (performance.now() - t) / 1000;

    // No-op replay through the gap-safe reader (decoding and upcasting included).
    t = performance.now();
    let replayed = 0;
    for (let cp = { ...LOG_START }; ; ) {
      const batch = await store.readAll(cp, 10000);
      if (!batch.length) break;
      replayed += batch.length;
      cp = { transactionId: batch[batch.length - 1].transactionId, position: batch[batch.length - 1].position };
    }
    const replayS = (performance.now() - t) / 1000;

    // The live models are at the head, as under a running worker; the rebuild replaces them.
    t = performance.now();
    for (const p of PROJECTIONS) {
      await new LogSubscription(owner.db, store, { name: checkpointName(p.name), batchSize: 5000, handle: (ev, trx) => p.apply(ev, trx, LIVE) }).drain();
    }
    const liveS = (performance.now() - t) / 1000;

    const runner = new RebuildRunner(owner.db);
    t = performance.now();
    const report = await runner.run(await runner.begin('all', 'bench'), { batchSize: 5000, appRole: 'claimtrail_app' });
    const rebuildS = (performance.now() - t) / 1000;
    // Each projection replays the whole log; count the log once for events/s.
    const result = {
      events: written,
      generateEventsPerSecond: Math.round(written / generateS),
      rawScanRowsPerSecond: Math.round(raw / rawS),
      replayEventsPerSecond: Math.round(replayed / replayS),
      liveProjectionEventsPerSecond: Math.round(written / liveS),
      rebuildEventsPerSecond: Math.round(written / rebuildS),
      rebuildSeconds: Math.round(rebuildS * 10) / 10,
      rebuildVsRawScan: Math.round((written / rebuildS / (raw / rawS)) * 100) / 100,
      replayVsRawScan: Math.round((replayed / replayS / (raw / rawS)) * 100) / 100,
      drift: report.drift?.rows ?? null,
      status: report.status,
    };
    return result;
  });
}

if (process.argv[1]?.endsWith('rebuild.bench.js')) {
  const n = arg('events', 1_000_000);
  runRebuildBench(n).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
