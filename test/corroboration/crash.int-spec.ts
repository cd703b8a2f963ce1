// Crashes and races of the corroboration workers (docs/DESIGN.md "Corroboration workflow"): the
// dispatcher and the processors run as separate runtimes; a processing runtime dies mid-flow
// (right after a parent job appended CorroborationCompleted, before BullMQ recorded the job as
// done) and a fresh one takes over: every claim event ends with exactly one CorroborationCompleted
// (and one ReviewRequested when conflicting). Then the races of stale reads: a change landing while
// a re-evaluation of the same claim runs must still be evaluated (its checks have started, so the
// change gets a flow `corroborate_<cause>_<claim>` of its own); an older flow finishing after a newer
// one must not overwrite its verdict (it records nothing); the claimant history must not depend on
// read-model lag (it reads the log).
// Worker pauses are made deterministic with a store whose reads wait for the test (no sleeps).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { corroborationJobId, QUEUES } from '@app/config';
import { type CorroborationRuntime, pendingKey } from '@app/corroboration';
import { StreamWriter, type WriteResult, type WriteSpec } from '@app/domain';
import { IdempotencyRepository } from '@app/runtime';
import { EventStore, type RecordedEvent } from '@app/event-store';
import { Seeder } from '../e2e/support/e2e.js';
import { bearer } from '../support/test-app.js';
import {
  createHarness,
  eventAt,
  eventsOfType,
  type LoggedEvent,
  until,
  waitForJob,
  type Harness,
  dispatcherPassed,
  queuesIdle,
} from './support/harness.js';

let h: Harness;
let seed: Seeder;
let redis: Redis;
let dawn: string;

beforeAll(async () => {
  // Long escalation delay: escalations are not what this file looks at.
  h = await createHarness({ label: 'corr_crash', runtime: false, escalationMs: 600_000 });
  seed = new Seeder(h.t);
  const u = new URL(h.redisUrl);
  redis = new Redis({ host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: 1 });
  dawn = await seed.source({ name: 'Dawn', reliability: 'A' });
  await seed.group('Patron Group', []);
  await seed.group('Claimant Group', []);
  await seed.group('Plain Group', []);
  // The log follower alone: it enqueues flows, processes nothing.
  h.startRuntime({ dispatch: true, process: false });
});

afterAll(async () => {
  redis?.disconnect();
  await h?.close();
});

const checkOf = (completed: { data: any }, name: string) =>
  completed.data.checks.results.find((r: any) => r.check === name);
const causeOf = (e: LoggedEvent) => ({ eventId: e.eventId, type: e.type, position: e.position });

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
      const res = await seed.post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
        group: 'Claimant Group',
        channel: 'statement',
        claimedAt: `2023-0${i + 4}-10T12:00:00Z`,
        sourceId: dawn,
      });
      expect(res.status).toBe(201);
      const recorded = await eventAt(h.t.tdb.owner.db, res.body.position);
      claims.push({
        incidentId,
        claimId: res.body.id,
        jobId: corroborationJobId(recorded.eventId, res.body.id),
        recorded,
      });
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
    const first = await eventAt(h.t.tdb.owner.db, dying.appended!.position);
    const dead = claims.find((c) => first.streamId === `incident-${c.incidentId}`)!;
    expect(dead).toBeDefined();
    expect((await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: dead.claimId })).length).toBe(1);
    expect(await h.queues.corroboration.getJobState(dead.jobId)).toBe('active');
    const completedSoFar = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted');
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
    await until('the corroboration queue to drain', () => queuesIdle([h.queues.corroboration]));

    for (const c of claims) {
      const completed = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId });
      expect(completed).toHaveLength(1);
      expect(completed[0].data.checks.cause).toEqual(causeOf(c.recorded));
      expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId: c.claimId })).toHaveLength(1);
    }
    // Nothing failed on the way.
    expect(await h.queues.corroboration.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});

/** An event store whose stream reads, once armed, hold their answer until released. */
class GatedStore extends EventStore {
  private gate?: Promise<void>;
  private release?: () => void;
  reads = 0;

  arm(): void {
    this.gate = new Promise((r) => (this.release = r));
  }

  open(): void {
    this.release?.();
    this.gate = undefined;
  }

  override async readStream(streamId: string, opts?: any, trx?: any): Promise<RecordedEvent[]> {
    const events = await super.readStream(streamId, opts, trx);
    if (this.gate && streamId.startsWith('incident-')) {
      this.reads++;
      await this.gate;
    }
    return events;
  }
}

describe('a change landing while a re-evaluation of the same claim runs', () => {
  it('is still evaluated: the attribution recorded meanwhile ends in a conflicting verdict and a review', async () => {
    const incidentId = await seed.incident({ occurredAt: '2023-11-20' });
    const res = await seed.post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
      group: 'Plain Group',
      channel: 'statement',
      claimedAt: '2023-11-20T12:00:00Z',
      sourceId: dawn,
    });
    expect(res.status).toBe(201);
    const claimId: string = res.body.id;
    const recorded = await eventAt(h.t.tdb.owner.db, res.body.position);
    expect(
      await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(recorded.eventId, claimId)),
    ).toMatchObject({ verdict: 'corroborated' });
    await Promise.all(h.runtimes.splice(1).map((r) => r.stop()));

    // A worker whose checks, once they have read the incident, wait for the test's signal.
    const gated = new GatedStore(h.t.tdb.app.db);
    gated.arm();
    h.startRuntime({ dispatch: false, process: true, store: gated });

    const tribune = await seed.source({ name: 'The Express Tribune', reliability: 'B' });
    const marker = () => redis.get(pendingKey(h.prefix, claimId));
    let added: LoggedEvent;
    let attr: LoggedEvent;
    try {
      // A second source starts a re-evaluation; its checks read the incident and are held there.
      const addedRes = await h.t.http
        .post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`)
        .set(bearer(h.t.keys.reporter))
        .send({ sourceId: tribune });
      expect(addedRes.status).toBe(201);
      added = await eventAt(h.t.tdb.owner.db, addedRes.body.position);
      expect(added.type).toBe('ClaimSourceAdded');
      await until('the re-evaluation checks to read the incident', async () => gated.reads >= 4);
      // Its checks have started: the claim has no pending flow left to fold a change into.
      expect(await marker()).toBeNull();

      // Meanwhile an analyst attributes the attack to another group, and the dispatcher follows it.
      const attrRes = await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
        group: 'Patron Group',
        confidence: 75,
        basis: 'forensics',
      });
      expect(attrRes.status).toBe(201);
      attr = await eventAt(h.t.tdb.owner.db, attrRes.body.position);
      expect(attr.type).toBe('AttributionAssessed');
      await until('the dispatcher to pass the attribution', () => dispatcherPassed(h.t.tdb.owner.db, attr.position));
      // So the attribution has a flow of its own, pending (the one worker is busy with the held checks).
      expect(await marker()).toBe(corroborationJobId(attr.eventId, claimId));
      expect(await h.queues.corroboration.getJobState(corroborationJobId(attr.eventId, claimId))).toBe(
        'waiting-children',
      );
    } finally {
      gated.open();
    }
    const bySource = await waitForJob(
      h.events.corroboration,
      h.queues.corroboration,
      corroborationJobId(added.eventId, claimId),
      30_000,
    );
    expect(
      await waitForJob(
        h.events.corroboration,
        h.queues.corroboration,
        corroborationJobId(attr.eventId, claimId),
        30_000,
      ),
    ).toMatchObject({ verdict: 'conflicting' });
    await until('the corroboration queue to drain', () => queuesIdle([h.queues.corroboration]), 30_000);

    const runs = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId });
    const latest = runs[runs.length - 1];
    // The claim now contradicts the analyst attribution: its latest verdict is the attribution's run,
    // which saw both changes (two sources, the attribution), and a review is open.
    expect({ cause: latest.data.checks.cause, verdict: latest.data.verdict }).toEqual({
      cause: causeOf(attr),
      verdict: 'conflicting',
    });
    expect(checkOf(latest, 'independent-sources')).toMatchObject({
      score: 79,
      details: { outlets: [dawn, tribune], sources: 2 },
    });
    expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId })).toHaveLength(1);
    // Every run records its own cause once, in the order of the causes. The source's run either
    // finished first and recorded its verdict, or finished after the attribution's and recorded nothing.
    const bySourceRun = runs.find((r) => r.data.checks.cause.eventId === added.eventId);
    expect(runs.map((r) => r.data.checks.cause)).toEqual([
      causeOf(recorded),
      ...(bySourceRun ? [causeOf(added)] : []),
      causeOf(attr),
    ]);
    if (bySourceRun) expect(bySource.position).toBe(bySourceRun.position);
    else expect(bySource.position).toBeGreaterThan(latest.position);
  });
});

describe('two workers: an older flow finishing after a newer one', () => {
  it('does not overwrite the newer verdict with one computed before the attribution', async () => {
    await Promise.all(h.runtimes.splice(1).map((r) => r.stop()));
    // Worker A holds the claim's four checks after they have read the incident.
    const gated = new GatedStore(h.t.tdb.app.db);
    gated.arm();
    h.startRuntime({ dispatch: false, process: true, store: gated });
    await seed.group('Late Group', []);
    const incidentId = await seed.incident({ occurredAt: '2023-10-01' });
    const res = await seed.post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
      group: 'Late Group',
      channel: 'statement',
      claimedAt: '2023-10-01T12:00:00Z',
      sourceId: dawn,
    });
    expect(res.status).toBe(201);
    const claimId: string = res.body.id;
    const recorded = await eventAt(h.t.tdb.owner.db, res.body.position);
    const first = waitForJob(
      h.events.corroboration,
      h.queues.corroboration,
      corroborationJobId(recorded.eventId, claimId),
      30_000,
    );
    let attr: LoggedEvent;
    try {
      await until('worker A to hold the claim’s checks', async () => gated.reads >= 4);
      // Worker B (a replica) runs the re-evaluation the attribution causes (a flow of its own), to the end.
      h.startRuntime({ dispatch: false, process: true });
      const attrRes = await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
        group: 'Patron Group',
        confidence: 75,
        basis: 'forensics',
      });
      expect(attrRes.status).toBe(201);
      attr = await eventAt(h.t.tdb.owner.db, attrRes.body.position);
      expect(attr.type).toBe('AttributionAssessed');
      expect(
        await waitForJob(
          h.events.corroboration,
          h.queues.corroboration,
          corroborationJobId(attr.eventId, claimId),
          30_000,
        ),
      ).toMatchObject({ verdict: 'conflicting' });
      expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId })).toHaveLength(1);
    } finally {
      gated.open();
    }
    // The older flow computed its verdict before the attribution, and finished last.
    const older = await first;
    expect(older.verdict).toBe('corroborated');
    await until('the corroboration queue to drain', () => queuesIdle([h.queues.corroboration]), 30_000);

    const runs = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId });
    // The claim's standing verdict (the last CorroborationCompleted, which evolve and the read models take)
    // is the one that saw the attribution: the older flow recorded nothing, and answered the stream's position.
    expect(runs.map((r) => ({ cause: r.data.checks.cause, verdict: r.data.verdict }))).toEqual([
      { cause: causeOf(attr), verdict: 'conflicting' },
    ]);
    const [requested] = await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId });
    expect(older.position).toBe(requested.position);
    // What readers see: the incident picture's claim, with its review open.
    const picture = await until('the picture at the last run', async () => {
      const r = await h.t.http
        .get(`/v1/incidents/${incidentId}`)
        .query({ minPosition: runs[runs.length - 1].position })
        .set(bearer(h.t.keys.analyst));
      return r.status === 200 ? r.body : undefined;
    });
    const claim = picture.claims.find((c: any) => c.id === claimId);
    expect({
      last: `${runs[runs.length - 1].data.checks.cause.type}:${runs[runs.length - 1].data.verdict}`,
      shown: claim.corroboration?.verdict,
    }).toEqual({ last: 'AttributionAssessed:conflicting', shown: 'conflicting' });
  });
});

describe('the claimant-history check while the read models lag', () => {
  it('counts the group’s earlier claims and retractions as the log has them, not as the read model has caught up', async () => {
    // The read models fall behind (here: their runner is stopped); the log is the truth.
    await h.projections!.stop();
    await seed.group('Lag Group', []);
    const earlier = await seed.incident({ occurredAt: '2023-06-01' });
    const c1 = await seed.post(`/v1/incidents/${earlier}/claims`, 'reporter', {
      group: 'Lag Group',
      channel: 'statement',
      claimedAt: '2023-06-01T12:00:00Z',
      sourceId: dawn,
    });
    expect(c1.status).toBe(201);
    const e1 = await eventAt(h.t.tdb.owner.db, c1.body.position);
    await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(e1.eventId, c1.body.id));
    // The first flow is done: the retraction gets a flow of its own.
    const retracted = await seed.post(`/v1/incidents/${earlier}/claims/${c1.body.id}/retractions`, 'reporter', {
      retractedAt: '2023-06-02T08:00:00Z',
      sourceId: dawn,
    });
    expect(retracted.status).toBe(201);
    const r1 = await eventAt(h.t.tdb.owner.db, retracted.body.position);
    expect(r1.type).toBe('ClaimRetracted');
    await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(r1.eventId, c1.body.id));

    const later = await seed.incident({ occurredAt: '2023-08-01' });
    const c2 = await seed.post(`/v1/incidents/${later}/claims`, 'reporter', {
      group: 'Lag Group',
      channel: 'statement',
      claimedAt: '2023-08-01T12:00:00Z',
      sourceId: dawn,
    });
    expect(c2.status).toBe(201);
    const e2 = await eventAt(h.t.tdb.owner.db, c2.body.position);
    await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(e2.eventId, c2.body.id));
    const [completed] = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c2.body.id });
    expect(completed.data.checks.cause).toEqual(causeOf(e2));
    // The read model has neither claim (nor the retraction): only the log can have answered.
    expect(
      await h.t.tdb.owner.db
        .selectFrom('rm_claims')
        .select('claim_id')
        .where('claim_id', 'in', [c1.body.id, c2.body.id])
        .execute(),
    ).toEqual([]);
    const history = checkOf(completed, 'claimant-history');
    // One claim in the previous 24 months, retracted: the same answer a re-run would give once the read model caught up.
    expect({ score: history.score, claims: history.details.claims, retracted: history.details.retracted }).toEqual({
      score: 0,
      claims: 1,
      retracted: 1,
    });
  });
});
