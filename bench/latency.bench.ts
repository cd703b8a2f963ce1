// R2: append → read-model latency. W1-shaped appends (one event, a new stream each) at a fixed
// 500 appends/s while the projections follow the log as the worker runs them (LISTEN hint + poll);
// latency = from the start of the append to the commit of the read-model batch that applied it.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { EventStore, LogSubscription, type DatabaseHandle } from '@app/event-store';
import { LIVE, PROJECTIONS } from '@app/projections';
import { projectionFollower } from '@app/config';
import { bareIncidentData } from './support/generate.js';
import { withFreshDatabase } from './support/harness.js';
import { percentile } from './support/processes.js';

// BENCH_TRACE=file: one JSON line per slow event (its append's and its batch's timings), to find a stall.
const TRACE = process.env.BENCH_TRACE;

const incident = (id: string) => ({
  type: 'IncidentReported',
  data: bareIncidentData(id),
  metadata: { actor: { keyId: 'bench', role: 'reporter', name: 'bench' } },
});

export async function runLatencyBench(seconds: number, rate = 500) {
  return withFreshDatabase('latency', (owner, url) => measureLatency(owner, url, seconds, rate));
}

/**
 * R2 on `owner`'s database as it stands: the projections follow from their checkpoints (the head,
 * for a built history).
 */
export async function measureLatency(owner: DatabaseHandle, url: string, seconds: number, rate = 500) {
  const store = new EventStore(owner.db);
  const started = new Map<string, number>();
  const appended = new Map<string, number>();
  const latencies: number[] = [];
  let applied: string[] = [];
  const subs = PROJECTIONS.map((p) => {
    const sub = new LogSubscription(owner.db, store, {
      name: projectionFollower(p.name),
      batchSize: 1000,
      pollMs: 500,
      listen: { connectionString: url },
      handle: async (events, trx) => {
        await p.apply(events, trx, LIVE);
        if (p.name === 'incidents') applied.push(...events.map((e) => e.eventId));
      },
    });
    if (p.name === 'incidents') {
      // Visible to readers once processBatch's transaction has committed.
      const process = sub.processBatch.bind(sub);
      sub.processBatch = async () => {
        applied = [];
        const b0 = performance.now();
        const n = await process();
        const now = performance.now();
        for (const id of applied) {
          const t = started.get(id);
          if (t === undefined) continue;
          latencies.push(now - t);
          if (TRACE && now - t > 200)
            appendFileSync(
              TRACE,
              JSON.stringify({
                at: new Date(Date.now() - (now - t)).toISOString(),
                latencyMs: Math.round(now - t),
                appendMs: Math.round((appended.get(id) ?? NaN) - t),
                batchStartMs: Math.round(b0 - t),
                batchMs: Math.round(now - b0),
                batchEvents: n,
              }) + '\n',
            );
        }
        return n;
      };
    }
    sub.start();
    return sub;
  });
  // What else the run went through, to tell a slow database from a busy process: the bench process's
  // event-loop delay and GC pauses, and the blocks Postgres read from outside its buffers.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let gcMs = 0;
  let gcMaxMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcMaxMs = Math.max(gcMaxMs, e.duration);
    }
  });
  const blocks = async () =>
    (
      await owner.pool.query<{ read: string; hit: string }>(
        'select blks_read as read, blks_hit as hit from pg_stat_database where datname = current_database()',
      )
    ).rows[0];
  try {
    await new Promise((r) => setTimeout(r, 500));
    const before = await blocks();
    loop.enable();
    gc.observe({ entryTypes: ['gc'] });
    const total = Math.round(seconds * rate);
    const t0 = performance.now();
    const inFlight = new Set<Promise<unknown>>();
    let failures = 0;
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const id = randomUUID();
      const eventId = randomUUID();
      started.set(eventId, performance.now());
      const p = store
        .append(`incident-${id}`, [{ ...incident(id), eventId }], { expectedVersion: 'no_stream' })
        .then(() => appended.set(eventId, performance.now()))
        .catch(() => failures++)
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
    const achieved = total / ((performance.now() - t0) / 1000);
    const deadline = Date.now() + 30_000;
    while (latencies.length < total - failures && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    loop.disable();
    gc.disconnect();
    const after = await blocks();
    return {
      targetRate: rate,
      achievedRate: Math.round(achieved),
      appends: total,
      measured: latencies.length,
      failures,
      p50Ms: Math.round(percentile(latencies, 50)),
      p99Ms: Math.round(percentile(latencies, 99)),
      maxMs: Math.round(Math.max(...latencies)),
      process: {
        loopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
        loopDelayMaxMs: Math.round(loop.max / 1e6),
        gcMs: Math.round(gcMs),
        gcMaxMs: Math.round(gcMaxMs),
        rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      },
      // Counted by the server's statistics, flushed within about a second: approximate.
      postgres: {
        blocksRead: Number(after.read) - Number(before.read),
        blocksHit: Number(after.hit) - Number(before.hit),
      },
    };
  } finally {
    await Promise.all(subs.map((s) => s.stop()));
  }
}
