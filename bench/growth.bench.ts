// G1 (cost as work grows): W1, Q1's picture read and R2 on a generated history of each size, in
// one harness run, so the large history's figures sit beside the small one's. Each history is
// written by the bulk append and its read models built by the rebuild (the bulk load), as an
// operator restoring a large log would; then Q1 (reads only), R2 (500 appends/s), W1.
// Usage: npm run bench:growth -- [--sizes 300000,5000000] [--seconds 8] [--runs 3]
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventStore } from '@app/event-store';
import { RebuildRunner } from '@app/projections';
import { generateHistory } from './support/generate.js';
import {
  cliArg,
  cliNumber,
  median,
  runAsScript,
  timed,
  waitUntilLogReadable,
  withFreshDatabase,
} from './support/harness.js';
import { runReadsBench } from './reads.bench.js';
import { measureLatency } from './latency.bench.js';

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

export interface GrowthPoint {
  events: number;
  generateSeconds: number;
  buildSeconds: number;
  /** rm_incidents rows and the database's size once built: what the reads and follower work against. */
  incidents: number;
  databaseMb: number;
  w1EventsPerSecond: number;
  q1: { p50Ms: number; p99Ms: number; requestsPerSecond: number; non2xx: number };
  r2: {
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
    failures: number;
    /** The run with the median p99: the bench process's loop delay and GC, and Postgres' block reads. */
    profile: Pick<Awaited<ReturnType<typeof measureLatency>>, 'process' | 'postgres'>;
  };
}

const claim = {
  type: 'ClaimRecorded',
  data: { claimId: randomUUID(), channel: 'statement', claimedAt: '2023-01-30T10:00:00Z', sourceId: randomUUID() },
  metadata: { actor: { keyId: 'bench', role: 'reporter' }, correlationId: 'bench' },
};

export async function runGrowthBench(o: {
  sizes: number[];
  seconds: number;
  runs: number;
  distRoot: string;
}): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  for (const size of o.sizes) {
    points.push(
      await withFreshDatabase('growth', async (owner, url) => {
        log(`G1 ${size.toLocaleString('en')} events: generating`);
        let t = performance.now();
        const history = await generateHistory(owner.db, size);
        const generateSeconds = (performance.now() - t) / 1000;
        await owner.pool.query('vacuum analyze events');
        await waitUntilLogReadable(owner);
        log(`G1 ${size.toLocaleString('en')} events: building the read models`);
        t = performance.now();
        const rebuilds = new RebuildRunner(owner.db);
        const built = await rebuilds.run(await rebuilds.begin('all', 'bench'), { appRole: 'claimtrail_app' });
        if (built.status !== 'succeeded') throw new Error(`G1 build failed: ${built.error}`);
        const buildSeconds = (performance.now() - t) / 1000;
        await owner.pool.query('vacuum analyze');
        // Write out what generating, building and vacuuming left dirty before measuring: at 5M events the
        // checkpoints that followed (one every 12-15 s, minutes of writes) stalled R2's commits for seconds.
        await owner.pool.query('checkpoint');
        const { rows } = await owner.pool.query(
          'select (select count(*) from rm_incidents)::int as incidents, pg_database_size(current_database()) as bytes',
        );

        const reads = await runReadsBench({
          distRoot: o.distRoot,
          seconds: o.seconds,
          url,
          owner,
          history,
          runs: o.runs,
        });
        // Warm-ups, so the first size measured does not pay the JIT and the pools alone.
        await measureLatency(owner, url, 1);
        const r2 = [];
        for (let i = 0; i < o.runs; i++) {
          log(`G1 ${size.toLocaleString('en')} events: R2 run ${i + 1}/${o.runs}`);
          r2.push(await measureLatency(owner, url, o.seconds));
        }
        const store = new EventStore(owner.db, undefined, -1);
        const w1 = [];
        await timed(1, 16, () => store.append(`bench-${randomUUID()}`, [claim], { expectedVersion: 'no_stream' }));
        for (let i = 0; i < o.runs; i++) {
          log(`G1 ${size.toLocaleString('en')} events: W1 run ${i + 1}/${o.runs}`);
          w1.push(
            await timed(o.seconds, 16, () =>
              store.append(`bench-${randomUUID()}`, [claim], { expectedVersion: 'no_stream' }),
            ),
          );
        }
        return {
          events: history.events,
          generateSeconds: Math.round(generateSeconds),
          buildSeconds: Math.round(buildSeconds),
          incidents: rows[0].incidents,
          databaseMb: Math.round(Number(rows[0].bytes) / 1048576),
          w1EventsPerSecond: Math.round(median(w1)),
          q1: reads.picture,
          r2: {
            p50Ms: median(r2.map((r) => r.p50Ms)),
            p99Ms: median(r2.map((r) => r.p99Ms)),
            maxMs: Math.max(...r2.map((r) => r.maxMs)),
            failures: r2.reduce((n, r) => n + r.failures, 0),
            profile: (({ process, postgres }) => ({ process, postgres }))(
              [...r2].sort((a, b) => a.p99Ms - b.p99Ms)[Math.floor(r2.length / 2)],
            ),
          },
        };
      }),
    );
  }
  return points;
}

/**
 * How the largest history's figures compare with the smallest's: ≤ 1.25 is the goal (no figure
 * worse by more than 25 %).
 */
export function growthRatios(points: GrowthPoint[]) {
  const small = points[0];
  const large = points[points.length - 1];
  return {
    // Throughput: worse is lower, so the ratio is small ÷ large.
    w1: small.w1EventsPerSecond / large.w1EventsPerSecond,
    q1p99: large.q1.p99Ms / Math.max(small.q1.p99Ms, 1),
    r2p99: large.r2.p99Ms / Math.max(small.r2.p99Ms, 1),
  };
}

runAsScript(import.meta.url, () =>
  runGrowthBench({
    sizes: cliArg('sizes', '300000,5000000').split(',').map(Number),
    seconds: cliNumber('seconds', 8),
    runs: cliNumber('runs', 3),
    distRoot: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'),
  }),
);
