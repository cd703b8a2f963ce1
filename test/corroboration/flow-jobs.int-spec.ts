// Corroboration jobs on real Redis, beside the workflows of flow.int-spec.ts: a job that cannot
// succeed fails at once and stays visible to admins; claim → CorroborationCompleted latency and
// flows per second, measured.
import { describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { JOBS } from '@app/config';
import { type ClaimJobData } from '@app/corroboration';
import { bearer } from '../support/test-app.js';
import { eventsOfType, median, until, waitForJob } from './support/harness.js';
import { h, postClaim, seed, useFlowHarness } from './support/flow-harness.js';

useFlowHarness('corr_flow_jobs');

describe('a job that cannot succeed', () => {
  it('fails at once without retries and stays visible at GET /v1/admin/jobs/failed', async () => {
    const jobId = `bogus_${randomUUID()}`;
    const failed = new Promise<string>((resolve) => {
      const on = ({ jobId: id, failedReason }: { jobId: string; failedReason: string }) => {
        if (id === jobId) {
          h.events.corroboration.off('failed', on);
          resolve(failedReason);
        }
      };
      h.events.corroboration.on('failed', on);
    });
    const claimId = randomUUID();
    const data: ClaimJobData = {
      incidentId: randomUUID(),
      claimId,
      causeEventId: randomUUID(),
      causeType: 'ClaimRecorded',
      causePosition: 1,
      flowId: jobId,
      correlationId: null,
    };
    await h.queues.corroboration.add(JOBS['independent-sources'], data, {
      jobId,
      attempts: 5,
      backoff: { type: 'fixed', delay: 10 },
    });
    expect(
      await Promise.race([
        failed,
        until('the failed event', async () => (await Job.fromId(h.queues.corroboration, jobId))?.failedReason),
      ]),
    ).toMatch(/foreign job: incident .* is not in this database/);
    const res = await h.t.http.get('/v1/admin/jobs/failed').set(bearer(h.t.keys.admin));
    expect(res.status).toBe(200);
    expect(res.body.items.find((j: any) => j.id === jobId)).toMatchObject({
      queue: 'corroboration',
      name: 'check:independent-sources',
      attemptsMade: 1,
      data: { claimId },
    });
    expect((await h.t.http.get('/v1/admin/jobs/failed').set(bearer(h.t.keys.analyst))).status).toBe(403);
  });
});

// Issue 16 item 10: two deployments on one Redis under one prefix. A job naming an incident this
// database does not hold is refused as foreign at once (one attempt, nothing recorded), whatever the job.
describe('a job of another deployment', () => {
  it.each([
    ['corroboration', JOBS.corroborate],
    ['corroboration', JOBS['claimant-history']],
    ['reviews', JOBS.escalate],
  ] as const)('a %s job %s naming an incident this database lacks fails once as foreign', async (queue, name) => {
    const jobId = `foreign_${randomUUID()}`;
    const incidentId = randomUUID();
    const data = {
      incidentId,
      claimId: randomUUID(),
      reviewId: randomUUID(),
      causeEventId: randomUUID(),
      causeType: 'ClaimRecorded',
      causePosition: 1,
      flowId: jobId,
      correlationId: null,
    };
    const before = await h.t.tdb.owner.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await h.queues[queue].add(name, data, { jobId, attempts: 5, backoff: { type: 'fixed', delay: 10 } });
    const job = await until('the job to fail', async () => {
      const j = await Job.fromId(h.queues[queue], jobId);
      return j?.failedReason ? j : undefined;
    });
    expect(job.failedReason).toBe(
      `foreign job: incident ${incidentId} is not in this database ` +
        `(another deployment on this Redis with the same QUEUE_PREFIX?)`,
    );
    expect(job.attemptsMade).toBe(1);
    const after = await h.t.tdb.owner.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('throughput', () => {
  it('measures claim → CorroborationCompleted latency and flows per second', async () => {
    await seed.group('Latency Test', []);
    const n = 16;
    const incidents = await Promise.all(
      Array.from({ length: n }, (_, i) => seed.incident({ occurredAt: `2022-01-${String(i + 1).padStart(2, '0')}` })),
    );
    // Sequential claims: latency of one flow on an idle system.
    const sequential: number[] = [];
    for (const inc of incidents.slice(0, 6)) {
      const c = await postClaim(inc, { group: 'Latency Test', claimedAt: '2022-02-01T00:00:00Z' });
      await waitForJob(h.events.corroboration, h.queues.corroboration, c.jobId);
      const [done] = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId });
      sequential.push(done.recordedAt.getTime() - c.recorded.recordedAt.getTime());
    }
    // A burst of concurrent claims.
    const started = Date.now();
    const burst = await Promise.all(
      incidents.slice(6).map((inc) => postClaim(inc, { group: 'Latency Test', claimedAt: '2022-02-01T00:00:00Z' })),
    );
    await Promise.all(burst.map((c) => waitForJob(h.events.corroboration, h.queues.corroboration, c.jobId, 30_000)));
    const seconds = (Date.now() - started) / 1000;
    const burstLatency: number[] = [];
    for (const c of burst) {
      const [done] = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId });
      burstLatency.push(done.recordedAt.getTime() - c.recorded.recordedAt.getTime());
    }
    console.log(
      `corroboration latency: sequential median ${median(sequential)} ms (${sequential.join(', ')}); ` +
        `burst of ${burst.length}: median ${median(burstLatency)} ms, ${(burst.length / seconds).toFixed(1)} flows/s`,
    );
    expect(median(sequential)).toBeLessThan(5000);
  });
});
