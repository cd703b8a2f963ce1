// Corroboration workflows end to end (docs/DESIGN.md "Corroboration workflow"): a claim POSTed
// through the API is followed by the dispatcher, its four checks and the parent job run on real
// Redis, and CorroborationCompleted lands in the incident's history; a conflicting verdict opens a
// review (GET /v1/reviews), which escalates after the configured delay unless an analyst resolves
// it first; new sources, retractions, denials and attributions re-run the claim's flow; a replay of
// the dispatcher from the start of the log runs nothing again. (Failed jobs and throughput:
// flow-jobs.int-spec.ts.)
import { describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { corroborationJobId, escalationJobId, FOLLOWERS } from '@app/config';
import { pendingKey } from '@app/corroboration';
import { bearer } from '../support/test-app.js';
import {
  checkOf,
  completedFor,
  eventAt,
  eventsOfType,
  until,
  waitForJob,
  dispatcherPassed,
  eventTypeCounts,
  jobCounts,
  lastPosition,
  queuesIdle,
  recordAttribution,
} from './support/harness.js';
import {
  attributeToTtp,
  ESCALATION_MS,
  h,
  openReviewsFromApi,
  postClaim,
  reevaluatedBy,
  seed,
  sources,
  useFlowHarness,
} from './support/flow-harness.js';

/** The first test's claim, changed again after the dispatcher's replay. */
let firstClaim: { incidentId: string; claimId: string };

useFlowHarness('corr_flow');

describe('a claim POSTed through the API', () => {
  it('runs its flow on Redis and ends in CorroborationCompleted in the incident history', async () => {
    await seed.group('Lashkar-e-Test', ['LeT-X']);
    const incidentId = await seed.incident({ occurredAt: '2023-07-12' });
    const { claimId, recorded, correlationId, jobId } = await postClaim(incidentId, {
      group: 'LeT-X',
      claimedAt: '2023-07-12T18:00:00Z',
    });
    firstClaim = { incidentId, claimId };

    // The parent job (deterministic id from the ClaimRecorded event) completes with the verdict.
    const result = await waitForJob(h.events.corroboration, h.queues.corroboration, jobId);
    expect(result).toMatchObject({ verdict: 'corroborated', score: 72 });

    // Each check ran as a child job of the flow and returned its scored result.
    for (const check of ['independent-sources', 'competing-claims', 'group-relations', 'claimant-history']) {
      const child = await Job.fromId(h.queues.corroboration, `${jobId}_${check}`);
      expect(child?.returnvalue).toMatchObject({ check });
    }

    const history = await h.t.http.get(`/v1/incidents/${incidentId}/history`).set(bearer(h.t.keys.analyst));
    expect(history.status).toBe(200);
    const completed = history.body.items.filter((e: any) => e.type === 'CorroborationCompleted');
    expect(completed).toHaveLength(1);
    const c = completed[0];
    expect(c.position).toBe(result.position);
    expect(c.position).toBeGreaterThan(recorded.position);
    expect(c.actor).toMatchObject({ keyId: 'system:corroboration' });
    // The command's correlation id follows the claim into the workflow's event.
    expect(c.correlationId).toBe(correlationId);
    expect(c.data).toMatchObject({ claimId, verdict: 'corroborated', score: 72 });
    expect(c.data.checks.cause).toEqual({
      eventId: recorded.eventId,
      type: 'ClaimRecorded',
      position: recorded.position,
    });
    expect(c.data.checks.results.map((r: any) => [r.check, r.score, r.conflict]).sort()).toEqual([
      ['claimant-history', 60, false],
      ['competing-claims', 100, false],
      ['group-relations', 100, false],
      ['independent-sources', 60, false],
    ]);
    expect(history.body.items.some((e: any) => e.type === 'ReviewRequested')).toBe(false);
  });
});

describe('the demo case: a TJP claim on an attack analysts attribute to TTP', () => {
  let reviewA: string;

  it('comes out conflicting and opens a review visible at GET /v1/reviews?status=open', async () => {
    const incidentId = await seed.incident({
      occurredAt: '2023-12-12',
      type: 'armed_assault',
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Daraban' },
    });
    await attributeToTtp(incidentId);
    const { claimId, jobId } = await postClaim(incidentId, { group: 'Tehreek-e-Jihad Pakistan' });

    const result = await waitForJob(h.events.corroboration, h.queues.corroboration, jobId);
    expect(result).toMatchObject({ verdict: 'conflicting', score: 62 });
    const [completed] = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId });
    const relations = checkOf(completed, 'group-relations');
    expect(relations).toMatchObject({ score: 30, conflict: true });
    expect(relations.reasons.join(' ')).toMatch(
      new RegExp(
        'suspected front of Tehreek-e-Taliban Pakistan.*contradicts the analyst attribution to ' +
          'Tehreek-e-Taliban Pakistan \\(the claimant is related to Tehreek-e-Taliban Pakistan\\)',
      ),
    );

    const requested = await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId });
    expect(requested).toHaveLength(1);
    expect(requested[0].position).toBe(completed.position + 1);
    expect(requested[0].data.reason).toMatch(/contradicts the analyst attribution/);
    reviewA = requested[0].data.reviewId;

    const listed = await until('the review in GET /v1/reviews?status=open', async () =>
      (await openReviewsFromApi()).find((r) => r.id === reviewA),
    );
    expect(listed).toMatchObject({ incidentId, claimId, status: 'open', verdict: 'conflicting', score: 62 });
    expect(listed.checks.results).toHaveLength(4);
  });

  it('an analyst resolution (POST /v1/reviews/{id}/resolution) resolves it and cancels the escalation', async () => {
    const escalation = escalationJobId(reviewA);
    const removed = new Promise<void>((resolve) => {
      const on = ({ jobId }: { jobId: string }) => {
        if (jobId === escalation) {
          h.events.reviews.off('removed', on);
          resolve();
        }
      };
      h.events.reviews.on('removed', on);
    });
    // The escalation is pending as a delayed job until then.
    const pending = await until('the delayed escalation job', async () => Job.fromId(h.queues.reviews, escalation));
    expect(await pending.isDelayed()).toBe(true);

    const reporter = await h.t.http
      .post(`/v1/reviews/${reviewA}/resolution`)
      .set(bearer(h.t.keys.reporter))
      .send({ decision: 'uphold', note: 'n' });
    expect(reporter.status).toBe(403);
    const res = await h.t.http
      .post(`/v1/reviews/${reviewA}/resolution`)
      .set(bearer(h.t.keys.analyst))
      .send({ decision: 'uphold', note: 'TJP operates as a front: the claim stands for the TTP network' });
    expect(res.status).toBe(201);
    const resolved = await eventAt(h.t.tdb.owner.db, res.body.position);
    expect(resolved).toMatchObject({ type: 'ReviewResolved', data: { reviewId: reviewA, decision: 'uphold' } });

    // The dispatcher removes the delayed escalation when it follows ReviewResolved.
    await Promise.race([
      removed,
      until('escalation job removed', async () => !(await Job.fromId(h.queues.reviews, escalation))),
    ]);
    expect(await Job.fromId(h.queues.reviews, escalation)).toBeUndefined();
  });

  it('an unresolved review escalates after the configured delay; the resolved one never does', async () => {
    // A second conflicting claim (claim first, attribution after, as in the demo seed), opened
    // after review A: its escalation is due later than A's would have been.
    const incidentId = await seed.incident({ occurredAt: '2024-01-05' });
    const { claimId, jobId } = await postClaim(incidentId, { group: 'TJP', claimedAt: '2024-01-05T12:00:00Z' });
    const first = await waitForJob(h.events.corroboration, h.queues.corroboration, jobId);
    expect(first.verdict).toBe('corroborated');
    // The first flow has completed, so the attribution gets a flow of its own, named after it.
    const attrEvent = await recordAttribution(h, seed, incidentId, {
      group: 'TTP',
      confidence: 60,
      basis: 'analyst assessment',
    });
    expect(
      await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(attrEvent.eventId, claimId)),
    ).toMatchObject({ verdict: 'conflicting' });
    const completed = await completedFor(h.t.tdb.owner.db, claimId, attrEvent.eventId);
    expect(completed.data.checks.cause).toEqual({
      eventId: attrEvent.eventId,
      type: 'AttributionAssessed',
      position: attrEvent.position,
    });
    const [requested] = await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId });
    const reviewB = requested.data.reviewId;

    const listed = await until('review B open', async () => (await openReviewsFromApi()).find((r) => r.id === reviewB));
    expect(listed.status).toBe('open');

    await waitForJob(h.events.reviews, h.queues.reviews, escalationJobId(reviewB), ESCALATION_MS + 15_000);
    const [escalated] = await eventsOfType(h.t.tdb.owner.db, 'ReviewEscalated', { reviewId: reviewB });
    expect(escalated).toBeDefined();
    expect(escalated.data.claimId).toBe(claimId);
    expect(escalated.recordedAt.getTime() - requested.recordedAt.getTime()).toBeGreaterThanOrEqual(ESCALATION_MS - 50);
    // A's escalation would have been due first: it was cancelled, not merely late.
    expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewEscalated', { reviewId: reviewA })).toEqual([]);

    const list = await until('review B escalated in the read model', async () => {
      const res = await h.t.http.get('/v1/reviews').query({ status: 'escalated' }).set(bearer(h.t.keys.analyst));
      return res.body.items.find((r: any) => r.id === reviewB);
    });
    expect(list.escalatedAt).toEqual(expect.any(String));
    const resolvedList = await until('review A resolved in the read model', async () => {
      const res = await h.t.http.get('/v1/reviews').query({ status: 'resolved' }).set(bearer(h.t.keys.analyst));
      return res.body.items.find((r: any) => r.id === reviewA);
    });
    expect(resolvedList).toMatchObject({ decision: 'uphold', escalatedAt: null });

    // An escalated review can still be resolved.
    const res = await h.t.http
      .post(`/v1/reviews/${reviewB}/resolution`)
      .set(bearer(h.t.keys.analyst))
      .send({ decision: 'reject', note: 'attributed to TTP' });
    expect(res.status).toBe(201);
  });
});

describe('re-evaluation', () => {
  it('a new source, a denial and a retraction each re-run the claim’s flow', async () => {
    await seed.group('Hizb Test', []);
    await seed.group('Other Test', []);
    const incidentId = await seed.incident({ occurredAt: '2023-09-01' });
    const { claimId, jobId, recorded } = await postClaim(incidentId, {
      group: 'Hizb Test',
      claimedAt: '2023-09-01T20:00:00Z',
    });
    expect(await waitForJob(h.events.corroboration, h.queues.corroboration, jobId)).toMatchObject({
      verdict: 'corroborated',
      score: 72,
    });

    // A second, independent outlet raises the independent-sources score: 1 − 0.4·0.52 → 79.
    const added = await seed.post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, 'reporter', {
      sourceId: sources.tribune,
    });
    expect(added.status).toBe(201);
    const bySource = await reevaluatedBy(claimId, added.body.position, 'ClaimSourceAdded');
    expect(checkOf(bySource, 'independent-sources').score).toBe(79);
    expect(bySource.data).toMatchObject({ verdict: 'corroborated', score: 82 });

    // A denial on the incident re-runs every active claim on it.
    const denied = await seed.post(`/v1/incidents/${incidentId}/denials`, 'reporter', {
      group: 'Other Test',
      deniedAt: '2023-09-02T08:00:00Z',
      sourceId: sources.dawn,
    });
    expect(denied.status).toBe(201);
    await reevaluatedBy(claimId, denied.body.position, 'ClaimDenied');

    // The group's retraction re-runs the claim's flow.
    const retracted = await seed.post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, 'reporter', {
      retractedAt: '2023-09-03T08:00:00Z',
      sourceId: sources.dawn,
    });
    expect(retracted.status).toBe(201);
    await reevaluatedBy(claimId, retracted.body.position, 'ClaimRetracted');

    // One run per cause, in the order of the causes: the claim, the source, the denial, the retraction.
    const runs = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId });
    expect(runs.map((e) => e.data.checks.cause.type)).toEqual([
      'ClaimRecorded',
      'ClaimSourceAdded',
      'ClaimDenied',
      'ClaimRetracted',
    ]);
    expect(runs.map((e) => e.data.checks.cause.position)).toEqual([
      recorded.position,
      added.body.position,
      denied.body.position,
      retracted.body.position,
    ]);
  });

  it('competing claims conflict, and the claimant history counts earlier claims and retractions', async () => {
    // Two earlier claims by "History Test" in the previous 24 months, one of them retracted.
    await seed.group('History Test', []);
    await seed.group('Rival Test', []);
    for (const [day, retract] of [
      ['2023-03-01', true],
      ['2023-05-01', false],
    ] as const) {
      const inc = await seed.incident({ occurredAt: day });
      const c = await postClaim(inc, { group: 'History Test', claimedAt: `${day}T12:00:00Z` });
      await waitForJob(h.events.corroboration, h.queues.corroboration, c.jobId);
      if (retract) {
        const retraction = await seed.post(`/v1/incidents/${inc}/claims/${c.claimId}/retractions`, 'reporter', {
          retractedAt: `${day}T18:00:00Z`,
          sourceId: sources.dawn,
        });
        expect(retraction.status).toBe(201);
        await reevaluatedBy(c.claimId, retraction.body.position, 'ClaimRetracted');
      }
    }
    // The history check reads the group's claims and retractions from the log: no wait for the read models.

    const incidentId = await seed.incident({ occurredAt: '2023-10-10' });
    const rival = await postClaim(incidentId, {
      group: 'Rival Test',
      claimedAt: '2023-10-10T10:00:00Z',
      sourceId: sources.amaq,
    });
    await waitForJob(h.events.corroboration, h.queues.corroboration, rival.jobId);
    const mine = await postClaim(incidentId, { group: 'History Test', claimedAt: '2023-10-10T12:00:00Z' });
    const result = await waitForJob(h.events.corroboration, h.queues.corroboration, mine.jobId);
    expect(result.verdict).toBe('conflicting');
    const [completed] = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: mine.claimId });
    expect(checkOf(completed, 'claimant-history')).toMatchObject({ score: 50, details: { claims: 2, retracted: 1 } });
    expect(checkOf(completed, 'competing-claims')).toMatchObject({
      score: 40,
      conflict: true,
      reasons: ['competing active claim(s) by Rival Test'],
    });
    expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId: mine.claimId })).toHaveLength(1);
  });
});

describe('the dispatcher replayed from the start of the log', () => {
  it(
    '(a crash before its checkpoint moved, at the worst) enqueues nothing that runs again: ' +
      'no event is appended twice',
    async () => {
      // Let pending escalations fire first, so that the log is at rest: the dispatcher has followed
      // the whole log (so a review just requested has its delayed escalation), and none is pending.
      await until(
        'no delayed escalation',
        async () =>
          (await dispatcherPassed(h.t.tdb.owner.db, await lastPosition(h.t.tdb.owner.db))) &&
          (await h.queues.reviews.getJobCounts('delayed', 'waiting', 'active')).delayed === 0 &&
          (await queuesIdle([h.queues.corroboration, h.queues.reviews])),
        20_000,
      );
      const before = await eventTypeCounts(h.t.tdb.owner.db);
      const jobsBefore = await jobCounts(h.queues.corroboration);

      await Promise.all(h.runtimes.splice(0).map((r) => r.stop()));
      // Every flow is named after its cause and its jobs are kept once done: the replay meets ids
      // BullMQ already has, so no corroboration job is added or runs again, and no event is appended.
      // (An escalation removed when its review was resolved is added again and runs: it appends nothing.)
      const ran: string[] = [];
      const onCompleted = ({ jobId }: { jobId: string }) => void ran.push(jobId);
      h.events.corroboration.on('completed', onCompleted);
      try {
        await sql`delete from checkpoints where name = ${FOLLOWERS.dispatcher}`.execute(h.t.tdb.owner.db);
        h.startRuntime();
        const last = await lastPosition(h.t.tdb.owner.db);
        await until('the dispatcher to replay the whole log', () => dispatcherPassed(h.t.tdb.owner.db, last), 30_000);
        await until('the queues to drain', () => queuesIdle([h.queues.corroboration, h.queues.reviews]), 30_000);
      } finally {
        h.events.corroboration.off('completed', onCompleted);
      }

      expect(ran).toEqual([]);
      expect(await jobCounts(h.queues.corroboration)).toEqual(jobsBefore);
      expect(await eventTypeCounts(h.t.tdb.owner.db)).toEqual(before);
    },
  );

  it('and a claim changed after the replay is re-evaluated, by a flow of its own', async () => {
    // Every flow of the claim completed long before the replay: none is pending, so the change
    // must get a flow `corroborate_<its event id>_<claim id>` and a verdict of its own.
    const { incidentId, claimId } = firstClaim;
    const added = await seed.post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, 'reporter', {
      sourceId: sources.tribune,
    });
    expect(added.status).toBe(201);
    const cause = await eventAt(h.t.tdb.owner.db, added.body.position);
    await until('the dispatcher to pass the new source', () => dispatcherPassed(h.t.tdb.owner.db, added.body.position));
    // The claim's pending marker names the new flow (not started yet) or is gone (started): never a flow that is done.
    const redis = new Redis(h.connection);
    const marker = await redis.get(pendingKey(h.prefix, claimId)).finally(() => redis.disconnect());
    if (marker !== null) {
      const newFlow = corroborationJobId(cause.eventId, claimId);
      const state = await h.queues.corroboration.getJobState(marker);
      // (The new flow may have moved on since the marker was read: any state of its own will do.)
      expect({ pendingFlow: marker, state }).toEqual({
        pendingFlow: newFlow,
        state: marker === newFlow ? state : 'not yet started',
      });
    }
    const completed = await completedFor(h.t.tdb.owner.db, claimId, cause.eventId, 15_000);
    expect(completed.data.checks.cause).toEqual({
      eventId: cause.eventId,
      type: 'ClaimSourceAdded',
      position: cause.position,
    });
    expect(checkOf(completed, 'independent-sources').score).toBe(79);
    expect(
      (await waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(cause.eventId, claimId)))
        .position,
    ).toBe(completed.position);
  });
});
