// C1: claim → CorroborationCompleted through a real worker process (dispatcher, BullMQ flow,
// checks, the verdict appended). Latency is read from the log itself: the verdict's recorded_at
// minus the claim's. Paced claims give p50/p99 at light load; a burst gives flows/s.
import { randomUUID } from 'node:crypto';
import { EventStore, verdictTimes, type DatabaseHandle } from '@app/event-store';
import { claimRecordedData, seedClaimTargets } from './support/generate.js';
import { withFreshDatabase } from './support/harness.js';
import { clearPrefix, percentile, startWorker } from './support/processes.js';

async function waitForVerdicts(owner: DatabaseHandle, claimIds: string[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await verdictTimes(owner.db, claimIds);
    if (rows.length === claimIds.length || Date.now() > deadline) return rows.map((r) => r.verdict_ms);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function runCorroborationBench(distRoot: string, paced: number, burst: number) {
  const prefix = `{bench-${randomUUID().slice(0, 8)}}`;
  return withFreshDatabase('corroboration', async (owner, url) => {
    const store = new EventStore(owner.db);
    const { groups, sources, incidents } = await seedClaimTargets(owner.db, paced + burst);
    const worker = startWorker(distRoot, url, {
      QUEUE_PREFIX: prefix,
      ...(process.env.BENCH_CORROBORATION_CONCURRENCY
        ? { CORROBORATION_CONCURRENCY: process.env.BENCH_CORROBORATION_CONCURRENCY }
        : {}),
    });
    const claim = (incidentId: string, i: number) => {
      const claimId = randomUUID();
      return {
        claimId,
        write: () =>
          store.append(`incident-${incidentId}`, [
            {
              type: 'ClaimRecorded',
              data: claimRecordedData(claimId, groups[i % groups.length], sources[i % sources.length]),
              metadata: { actor: { keyId: 'bench', role: 'reporter', name: 'bench' } },
            },
          ]),
      };
    };
    try {
      // Warm-up: the worker is up and has run one flow end to end.
      const warm = claim(incidents[0], 0);
      await warm.write();
      if ((await waitForVerdicts(owner, [warm.claimId], 90_000)).length !== 1)
        throw new Error('worker produced no verdict within 90 s');

      const pacedIds: string[] = [];
      for (let i = 1; i < paced; i++) {
        const c = claim(incidents[i], i);
        pacedIds.push(c.claimId);
        await c.write();
        await new Promise((r) => setTimeout(r, 200));
      }
      const pacedMs = await waitForVerdicts(owner, pacedIds, 60_000);

      const burstClaims = incidents.slice(paced).map((id, i) => claim(id, i));
      const t0 = Date.now();
      for (let i = 0; i < burstClaims.length; i += 16)
        await Promise.all(burstClaims.slice(i, i + 16).map((c) => c.write()));
      const burstMs = await waitForVerdicts(
        owner,
        burstClaims.map((c) => c.claimId),
        180_000,
      );
      // Wall time from the first claim recorded to the last verdict recorded.
      const times = await verdictTimes(
        owner.db,
        burstClaims.map((c) => c.claimId),
      );
      const spanSeconds = times.length
        ? (Math.max(...times.map((t) => t.last_verdict_at.getTime())) -
            Math.min(...times.map((t) => t.claim_recorded_at.getTime()))) /
          1000
        : NaN;
      return {
        paced: {
          claims: pacedIds.length,
          completed: pacedMs.length,
          p50Ms: Math.round(percentile(pacedMs, 50)),
          p99Ms: Math.round(percentile(pacedMs, 99)),
        },
        burst: {
          claims: burstClaims.length,
          completed: burstMs.length,
          p50Ms: Math.round(percentile(burstMs, 50)),
          p99Ms: Math.round(percentile(burstMs, 99)),
          flowsPerSecond: Math.round((burstMs.length / spanSeconds) * 10) / 10,
          wallSeconds: Math.round((Date.now() - t0) / 100) / 10,
        },
      };
    } finally {
      await worker.stop();
      await clearPrefix(prefix);
    }
  });
}
