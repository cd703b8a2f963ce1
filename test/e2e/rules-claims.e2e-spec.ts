// Domain rules seen through the API (docs/API.md "Writes"), claims: retractions, one active claim per
// group, competing claims, contradicting denials and other repeats (set-up: support/seeded-app.ts).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { eventAt, expectNothingRecorded, expectProblem, expectWriteAnswer } from './support/e2e.js';
import { claimBody, iskp, post, s1, s2, seed, t, tjp, ttp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_rules_claims');

describe('retractions', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    incidentId = await seed.incident({ occurredAt: '2023-07-12' });
    claimId = await seed.claim(incidentId, 'TTP', s1);
  });

  it('retracting an active claim is recorded', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
      retractedAt: '2023-07-13T09:00:00Z',
      sourceId: s2,
      reason: 'We do not target mosques.',
    });
    expectWriteAnswer(res, { incidentId, version: 3 });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({ type: 'ClaimRetracted', data: { retractionId: res.body.id, claimId, groupId: ttp } });
  });

  it('retracting it twice is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
        retractedAt: '2023-07-14T09:00:00Z',
        sourceId: s2,
      }),
    );
    expectProblem(res, 409);
  });

  it('retracting an unknown claim is 404 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${randomUUID()}/retractions`, {
        retractedAt: '2023-07-14T09:00:00Z',
        sourceId: s2,
      }),
    );
    expectProblem(res, 404);
  });

  it('retractedAt before the claim was made is 422 naming retractedAt', async () => {
    const claim2 = await seed.claim(incidentId, 'ISKP', s1, { claimedAt: '2023-07-20T00:00:00Z' });
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claim2}/retractions`, {
        retractedAt: '2023-07-19T23:00:00Z',
        sourceId: s2,
      }),
    );
    expectProblem(res, 422, 'retractedAt');
  });

  it('a retracted group may claim again (its earlier claim is no longer active)', async () => {
    const res = await post(
      `/v1/incidents/${incidentId}/claims`,
      claimBody('TTP', { claimedAt: '2023-07-15T00:00:00Z' }),
    );
    expectWriteAnswer(res, { incidentId });
  });
});

describe('one active claim per group, competing claims, denials', () => {
  let incidentId: string;
  let ttpClaim: string;

  beforeAll(async () => {
    incidentId = await seed.incident({ occurredAt: '2023-01-30' });
    ttpClaim = await seed.claim(incidentId, 'TTP', s1, { claimedAt: '2023-01-30T12:00:00Z' });
  });

  it(
    'a second claim by the same group while its claim is ' +
      'active is 409 naming the existing claim; nothing recorded',
    async () => {
      const res = await expectNothingRecorded(t, () =>
        post(
          `/v1/incidents/${incidentId}/claims`,
          claimBody('pakistani taliban', { claimedAt: '2023-01-31T12:00:00Z', sourceId: s2 }),
        ),
      );
      expectProblem(res, 409);
      expect(JSON.stringify(res.body)).toContain(ttpClaim);
      expect(res.body.claimId).toBe(ttpClaim);
    },
  );

  it('recording a second source on that claim works instead', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${ttpClaim}/sources`, { sourceId: s2, credibility: 2 });
    expectWriteAnswer(res, { id: ttpClaim, incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({
      type: 'ClaimSourceAdded',
      data: { claimId: ttpClaim, sourceId: s2, credibility: 2 },
    });
  });

  it('the same source twice on one claim is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${ttpClaim}/sources`, { sourceId: s2 }),
    );
    expectProblem(res, 409);
  });

  it('a second group claiming makes the claim event carry competingGroupIds', async () => {
    const res = await post(
      `/v1/incidents/${incidentId}/claims`,
      claimBody('ISKP', { claimedAt: '2023-01-31T08:00:00Z' }),
    );
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({
      type: 'ClaimRecorded',
      data: { claimId: res.body.id, groupId: iskp, competingGroupIds: [ttp] },
    });
  });

  it('a third group sees both active claimants', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody(tjp, { claimedAt: '2023-02-01T08:00:00Z' }));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data.groupId).toBe(tjp);
    expect([...event!.data.competingGroupIds].sort()).toEqual([ttp, iskp].sort());
  });

  it('a denial by a group with an active claim is recorded with contradictsClaimId', async () => {
    const res = await post(`/v1/incidents/${incidentId}/denials`, {
      group: 'ttp',
      deniedAt: '2023-02-02T10:00:00Z',
      sourceId: s2,
      statement: 'Not us.',
    });
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({
      type: 'ClaimDenied',
      data: { denialId: res.body.id, groupId: ttp, contradictsClaimId: ttpClaim },
    });
  });

  it('a denial by a group without a claim carries contradictsClaimId null', async () => {
    const other = await seed.group(`Lashkar-e-Jhangvi ${randomUUID().slice(0, 6)}`);
    const res = await post(`/v1/incidents/${incidentId}/denials`, {
      group: other,
      deniedAt: '2023-02-02T10:00:00Z',
      sourceId: s2,
    });
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data).toMatchObject({ groupId: other, contradictsClaimId: null });
  });
});

describe('retracted claims and other repeats', () => {
  it('a retracted claim no longer competes: the next claimant has no competingGroupIds', async () => {
    const incidentId = await seed.incident();
    const first = await seed.claim(incidentId, 'TTP', s1);
    const retraction = await post(`/v1/incidents/${incidentId}/claims/${first}/retractions`, {
      retractedAt: '2023-07-13T00:00:00Z',
      sourceId: s2,
    });
    expectWriteAnswer(retraction, { incidentId });
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP'));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data).toMatchObject({ groupId: iskp, competingGroupIds: [] });
    const denial = await post(`/v1/incidents/${incidentId}/denials`, {
      group: 'TTP',
      deniedAt: '2023-07-14T00:00:00Z',
      sourceId: s2,
    });
    expectWriteAnswer(denial, { incidentId });
    expect((await eventAt(t.tdb.owner.db, denial.body.position))!.data.contradictsClaimId).toBeNull();
  });

  it('withdrawing an attribution twice is 409; withdrawing a relation twice is 409; nothing recorded', async () => {
    const incidentId = await seed.incident();
    const attribution = await post(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', confidence: 60, basis: 'b' },
      'analyst',
    );
    expectWriteAnswer(attribution, { incidentId });
    const path = `/v1/incidents/${incidentId}/attributions/${attribution.body.id}/withdrawal`;
    expectWriteAnswer(await post(path, { reason: 'r' }, 'analyst'), { id: attribution.body.id });
    expectProblem(await expectNothingRecorded(t, () => post(path, { reason: 'again' }, 'analyst')), 409);

    const relation = await post(
      `/v1/groups/${tjp}/relations`,
      { relation: 'suspected_front_of', otherGroup: 'TTP' },
      'analyst',
    );
    expectWriteAnswer(relation);
    const rpath = `/v1/groups/${tjp}/relations/${relation.body.id}/withdrawal`;
    expectWriteAnswer(await post(rpath, { reason: 'r' }, 'analyst'), { id: relation.body.id });
    expectProblem(await expectNothingRecorded(t, () => post(rpath, { reason: 'again' }, 'analyst')), 409);
  });

  it('marking an incident a duplicate of itself is 422; marking it twice is 409; nothing recorded', async () => {
    const a = await seed.incident();
    const b = await seed.incident();
    expectProblem(
      await expectNothingRecorded(t, () => post(`/v1/incidents/${a}/duplicate-of`, { incidentId: a })),
      422,
      'incidentId',
    );
    expectWriteAnswer(await post(`/v1/incidents/${a}/duplicate-of`, { incidentId: b }), { id: a, incidentId: a });
    expectProblem(
      await expectNothingRecorded(t, () => post(`/v1/incidents/${a}/duplicate-of`, { incidentId: b })),
      409,
    );
  });

  it('a group may not be related to itself (422 naming otherGroup)', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/groups/${ttp}/relations`, { relation: 'rival_of', otherGroup: 'ttp' }, 'analyst'),
    );
    expectProblem(res, 422, 'otherGroup');
  });

  it('an upper-case id in the path is the same incident', async () => {
    const incidentId = await seed.incident();
    const res = await post(`/v1/incidents/${incidentId.toUpperCase()}/claims`, claimBody('TTP'));
    expectWriteAnswer(res, { incidentId, version: 2 });
    expect((await eventAt(t.tdb.owner.db, res.body.position))!.streamId).toBe(`incident-${incidentId}`);
  });

  it('country codes and names in any case are stored as the alpha-2 code; a year keeps year precision', async () => {
    for (const [country, code] of [
      ['pk', 'PK'],
      ['AFG', 'AF'],
      ['afghanistan', 'AF'],
    ]) {
      const res = await post('/v1/incidents', { occurredAt: '2021', location: { country }, type: 'unknown' });
      expectWriteAnswer(res, { version: 1 });
      const event = await eventAt(t.tdb.owner.db, res.body.position);
      expect({ country, stored: event!.data.location.country }).toEqual({ country, stored: code });
      expect(event!.data.occurredAt).toEqual({
        value: '2021',
        precision: 'year',
        earliest: '2021-01-01T00:00:00.000Z',
        latest: '2021-12-31T23:59:59.999Z',
      });
    }
  });
});
