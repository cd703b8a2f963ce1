// Issue 16 item 12: a review open on a claim that is then retracted closes itself, visibly, as moot:
// the retraction records ReviewResolved (decision moot, with the reason as its note) by the retracting
// actor, GET /v1/reviews lists it resolved as moot, its delayed escalation is cancelled, and the
// re-run the retraction causes records its verdict without opening another review.
import { describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { escalationJobId } from '@app/config';
import { bearer } from '../support/test-app.js';
import { eventAt, eventsOfType, until, waitForJob } from './support/harness.js';
import { attributeToTtp, h, postClaim, seed, sources, useFlowHarness } from './support/flow-harness.js';

useFlowHarness('corr_review_moot');

describe('a review whose claim is retracted', () => {
  it('closes as moot with the retraction, leaves the listing open set, and its escalation is cancelled', async () => {
    // The demo case: a TJP claim on an attack analysts attribute to TTP comes out conflicting.
    const incidentId = await seed.incident({ occurredAt: '2023-12-12' });
    await attributeToTtp(incidentId);
    const { claimId, jobId } = await postClaim(incidentId, { group: 'TJP' });
    expect(await waitForJob(h.events.corroboration, h.queues.corroboration, jobId)).toMatchObject({
      verdict: 'conflicting',
    });
    const [requested] = await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId });
    const reviewId = requested.data.reviewId;
    const escalation = await until('the delayed escalation', async () =>
      Job.fromId(h.queues.reviews, escalationJobId(reviewId)),
    );
    expect(await escalation.isDelayed()).toBe(true);

    const res = await seed.post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, 'reporter', {
      retractedAt: '2023-12-14T08:00:00Z',
      sourceId: sources.dawn,
      reason: 'the group withdrew the statement',
    });
    expect(res.status).toBe(201);
    // The review closes in the retraction's own append (the answer's position is its last event), by the same actor.
    const moot = await eventAt(h.t.tdb.owner.db, res.body.position);
    expect(moot).toMatchObject({
      type: 'ReviewResolved',
      data: { reviewId, claimId, decision: 'moot', note: 'closed as moot: the claim was retracted' },
    });
    const [retraction] = await eventsOfType(h.t.tdb.owner.db, 'ClaimRetracted', { claimId });
    expect(retraction.position).toBeLessThan(moot.position);
    expect(retraction.metadata.correlationId).toBe(moot.metadata.correlationId);
    expect(moot.metadata.actor).toEqual(retraction.metadata.actor);

    const listed = await until('the review resolved as moot in GET /v1/reviews', async () => {
      const r = await h.t.http.get('/v1/reviews').query({ status: 'resolved' }).set(bearer(h.t.keys.analyst));
      expect(r.status).toBe(200);
      return r.body.items.find((x: any) => x.id === reviewId);
    });
    expect(listed).toMatchObject({ claimId, status: 'resolved', decision: 'moot' });
    const open = await h.t.http.get('/v1/reviews').query({ status: 'open' }).set(bearer(h.t.keys.analyst));
    expect(open.body.items.find((x: any) => x.id === reviewId)).toBeUndefined();

    // An analyst can no longer decide it.
    const late = await h.t.http
      .post(`/v1/reviews/${reviewId}/resolution`)
      .set(bearer(h.t.keys.analyst))
      .send({ decision: 'uphold', note: 'too late' });
    expect(late.status).toBe(409);

    // The dispatcher cancels the escalation, and the retraction's re-run opens no new review.
    await until('escalation job removed', async () => !(await Job.fromId(h.queues.reviews, escalationJobId(reviewId))));
    await until('the verdict caused by the retraction', async () =>
      (await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).find(
        (e) => e.data.checks.cause.eventId === retraction.eventId,
      ),
    );
    expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewRequested', { claimId })).toHaveLength(1);
    expect(await eventsOfType(h.t.tdb.owner.db, 'ReviewEscalated', { claimId })).toHaveLength(0);
  }, 120_000);
});
