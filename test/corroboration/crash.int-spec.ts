// Crashes of the corroboration workers (docs/DESIGN.md "Corroboration workflow"): the dispatcher
// and the processors run as separate runtimes; a processing runtime dies mid-flow (right after a
// parent job appended CorroborationCompleted, before BullMQ recorded the job as done) and a fresh
// one takes over: every claim event ends with exactly one CorroborationCompleted (and one
// ReviewRequested when conflicting). And the claimant history must not depend on read-model lag
// (it reads the log). The races of stale reads: crash-races.int-spec.ts.
import { describe, expect, it } from '@jest/globals';
import type { Worker } from 'bullmq';
import { QUEUES } from '@app/config';
import { type CorroborationRuntime } from '@app/corroboration';
import { StreamWriter, type WriteResult, type WriteSpec } from '@app/domain';
import { IdempotencyRepository } from '@app/runtime';
import { causeOf, checkOf, until, waitForJob, type LoggedEvent } from './support/harness.js';
import { claimBy, dawn, drained, flowOutcome, h, log, redis, seed, useCrashHarness } from './support/crash-harness.js';

useCrashHarness('corr_crash');

const workersOf = (r: CorroborationRuntime) => (r as unknown as { workers: Worker[] }).workers;

/**
 * A writer whose process "dies" right after its first append commits: the job is never answered,
 * the runtime's workers are force-closed (no graceful finish, no lock renewal, connections dropped),
 * and nothing it starts afterwards ever returns. Writes begun while the first is under way (parent
 * jobs run concurrently) are still in flight when it dies: they never reach the log either.
 */
class DyingWriter extends StreamWriter {
  died = false;
  private writing = false;
  appended?: WriteResult;
  onDeath: () => void = () => undefined;

  override async write<S>(spec: WriteSpec<S>): Promise<WriteResult> {
    if (this.writing || this.died) return new Promise<WriteResult>(() => undefined);
    this.writing = true;
    const r = await super.write(spec);
    this.died = true;
    this.appended = r;
    this.onDeath();
    return new Promise<WriteResult>(() => undefined);
  }
}

/**
 * What time does after a crash, fast-forwarded: the dead worker's job locks expire (lockDuration,
 * 30 s) and a stalled-job check has seen them once (stalledInterval, 30 s). The next worker's
 * start-up check then moves them back to wait, as it would after a minute in production.
 */
async function expireLocksOfDeadWorker(queue: string): Promise<string[]> {
  const base = `${h.prefix}:${queue}`;
  const active = await redis.lrange(`${base}:active`, 0, -1);
  for (const id of active) await redis.del(`${base}:${id}:lock`);
  await redis.del(`${base}:stalled-check`);
  if (active.length) await redis.sadd(`${base}:stalled`, ...active);
  return active;
}

describe('a processing worker killed mid-flow', () => {
  it('and restarted yields exactly one CorroborationCompleted (and one ReviewRequested) per claim event', async () => {
    // Three conflicting claims (each contradicts an analyst attribution), recorded while no worker runs.
    const claims: Array<{ incidentId: string; claimId: string; jobId: string; recorded: LoggedEvent }> = [];
    for (let i = 0; i < 3; i++) {
      const incidentId = await seed.incident({ occurredAt: `2023-0${i + 4}-10` });
      expect(
        (
          await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
            group: 'Patron Group',
            confidence: 80,
            basis: 'assessment',
          })
        ).status,
      ).toBe(201);
      const { claimId, recorded, jobId } = await claimBy(incidentId, 'Claimant Group', `2023-0${i + 4}-10T12:00:00Z`);
      claims.push({ incidentId, claimId, jobId, recorded });
    }
    await until(
      'the three flows enqueued',
      async () => (await h.queues.corroboration.getJobCounts('waiting-children'))['waiting-children'] === 3,
    );

    // Worker 1 dies right after the first parent job appended its outcome.
    const dying = new DyingWriter(h.store, h.t.tdb.app.db, h.config, new IdempotencyRepository(h.t.tdb.app.db));
    let worker1: CorroborationRuntime | undefined;
    const died = new Promise<void>((resolve) => {
      dying.onDeath = () => {
        for (const w of workersOf(worker1!)) void w.close(true);
        resolve();
      };
    });
    worker1 = h.startRuntime({ dispatch: false, process: true, writer: dying });
    await Promise.race([died, until('worker 1 to die', async () => dying.died)]);
    await Promise.all(workersOf(worker1).map((w) => w.close(true)));

    // Mid-flow: one outcome is in the log, its job still counts as active, the other flows are unfinished.
    const first = await log.at(dying.appended!.position);
    const dead = claims.find((c) => first.streamId === `incident-${c.incidentId}`)!;
    expect(dead).toBeDefined();
    expect((await log.of('CorroborationCompleted', dead.claimId)).length).toBe(1);
    expect(await h.queues.corroboration.getJobState(dead.jobId)).toBe('active');
    const completedSoFar = await log.of('CorroborationCompleted');
    expect(completedSoFar.length).toBe(1);

    const stalled = await expireLocksOfDeadWorker(QUEUES.corroboration);
    expect(stalled).toContain(dead.jobId);

    // Worker 2 takes over.
    const all = claims.map((c) => waitForJob(h.events.corroboration, h.queues.corroboration, c.jobId, 30_000));
    h.startRuntime({ dispatch: false, process: true });
    const results = await Promise.all(all);
    expect(results.map((r) => r.verdict)).toEqual(['conflicting', 'conflicting', 'conflicting']);
    // The dead job ran again and appended nothing new: its outcome is the one already in the log.
    expect(results[claims.indexOf(dead)].position).toBeLessThanOrEqual(dying.appended!.position);
    await drained();

    for (const c of claims) {
      const completed = await log.of('CorroborationCompleted', c.claimId);
      expect(completed).toHaveLength(1);
      expect(completed[0].data.checks.cause).toEqual(causeOf(c.recorded));
      expect(await log.of('ReviewRequested', c.claimId)).toHaveLength(1);
    }
    // Nothing failed on the way.
    expect(await h.queues.corroboration.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});

describe('the claimant-history check while the read models lag', () => {
  it(
    'counts the group’s earlier claims and retractions as ' + 'the log has them, not as the read model has caught up',
    async () => {
      // The read models fall behind (here: their runner is stopped); the log is the truth.
      await h.projections!.stop();
      await seed.group('Lag Group', []);
      const earlier = await seed.incident({ occurredAt: '2023-06-01' });
      const c1 = await claimBy(earlier, 'Lag Group', '2023-06-01T12:00:00Z');
      await flowOutcome(c1.recorded, c1.claimId);
      // The first flow is done: the retraction gets a flow of its own.
      const retracted = await seed.post(`/v1/incidents/${earlier}/claims/${c1.claimId}/retractions`, 'reporter', {
        retractedAt: '2023-06-02T08:00:00Z',
        sourceId: dawn,
      });
      expect(retracted.status).toBe(201);
      const r1 = await log.at(retracted.body.position);
      expect(r1.type).toBe('ClaimRetracted');
      await flowOutcome(r1, c1.claimId);

      const later = await seed.incident({ occurredAt: '2023-08-01' });
      const c2 = await claimBy(later, 'Lag Group', '2023-08-01T12:00:00Z');
      await flowOutcome(c2.recorded, c2.claimId);
      const [completed] = await log.of('CorroborationCompleted', c2.claimId);
      expect(completed.data.checks.cause).toEqual(causeOf(c2.recorded));
      // The read model has neither claim (nor the retraction): only the log can have answered.
      expect(
        await h.t.tdb.owner.db
          .selectFrom('rm_claims')
          .select('claim_id')
          .where('claim_id', 'in', [c1.claimId, c2.claimId])
          .execute(),
      ).toEqual([]);
      const history = checkOf(completed, 'claimant-history');
      // One claim in the previous 24 months, retracted: the same answer a re-run would give once the
      // read model caught up.
      expect({ score: history.score, claims: history.details.claims, retracted: history.details.retracted }).toEqual({
        score: 0,
        claims: 1,
        retracted: 1,
      });
    },
  );
});
