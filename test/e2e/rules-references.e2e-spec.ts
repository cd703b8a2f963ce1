// Domain rules seen through the API (docs/API.md "Writes"), references: unknown groups, sources,
// incidents and sub-resources, and dates before the incident (set-up: support/seeded-app.ts).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { eventAt, expectNothingRecorded, expectProblem, expectWriteAnswer, type RoleName } from './support/e2e.js';
import { claimBody, post, s1, s2, seed, t, tjp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_rules_references');

describe('unknown references', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    incidentId = await seed.incident();
    claimId = await seed.claim(incidentId, 'TTP', s1);
  });

  it('an unknown group name in a claim is 422 naming group; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('Atlantis Liberation Front')),
    );
    expectProblem(res, 422, 'group');
    expect(res.body.errors[0].path).toBe('group');
  });

  it('an unknown group id in a claim is 422 naming group', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody(randomUUID())),
    );
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('group');
  });

  it('an unknown group in a denial and in an attribution is 422 naming group', async () => {
    const denial = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/denials`, { group: 'Nobody', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 }),
    );
    expectProblem(denial, 422);
    expect(denial.body.errors[0].path).toBe('group');
    const attribution = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/attributions`, { group: 'Nobody', confidence: 50, basis: 'n/a' }, 'analyst'),
    );
    expectProblem(attribution, 422);
    expect(attribution.body.errors[0].path).toBe('group');
  });

  it('an unknown otherGroup in a relation is 422 naming otherGroup', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/groups/${tjp}/relations`, { relation: 'rival_of', otherGroup: 'Nobody' }, 'analyst'),
    );
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('otherGroup');
  });

  it('an unknown sourceId is 422 naming sourceId (claim, claim source, retraction, denial)', async () => {
    const unknown = randomUUID();
    const calls: Array<[string, Record<string, unknown>]> = [
      [`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { sourceId: unknown })],
      [`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId: unknown }],
      [
        `/v1/incidents/${incidentId}/claims/${claimId}/retractions`,
        { retractedAt: '2023-07-13T00:00:00Z', sourceId: unknown },
      ],
      [`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: unknown }],
    ];
    const relation = await expectNothingRecorded(t, () =>
      post(
        `/v1/groups/${tjp}/relations`,
        { relation: 'affiliate_of', otherGroup: 'ISKP', sourceId: unknown },
        'analyst',
      ),
    );
    expectProblem(relation, 422);
    expect(relation.body.errors[0].path).toBe('sourceId');
    for (const [path, body] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body));
      expectProblem(res, 422);
      expect({ path, errorPath: res.body.errors?.[0]?.path }).toEqual({ path, errorPath: 'sourceId' });
    }
  });

  it('an unknown source in sourceIds is 422 naming the element (incident, attribution)', async () => {
    const unknown = randomUUID();
    const incident = await expectNothingRecorded(t, () =>
      post('/v1/incidents', {
        occurredAt: '2023',
        location: { country: 'AF' },
        type: 'unknown',
        sourceIds: [s1, unknown],
      }),
    );
    expectProblem(incident, 422);
    expect(incident.body.errors[0].path).toMatch(/^sourceIds/);
    const attribution = await expectNothingRecorded(t, () =>
      post(
        `/v1/incidents/${incidentId}/attributions`,
        { group: 'ISKP', confidence: 40, basis: 'b', sourceIds: [unknown] },
        'analyst',
      ),
    );
    expectProblem(attribution, 422);
    expect(attribution.body.errors[0].path).toMatch(/^sourceIds/);
    const correction = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/corrections`, { fields: { sourceIds: [unknown] }, reason: 'r' }),
    );
    expectProblem(correction, 422);
    expect(correction.body.errors[0].path).toMatch(/^fields\.sourceIds/);
  });

  it('an unknown incident in a duplicate-of body is 422 naming incidentId', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/duplicate-of`, { incidentId: randomUUID() }),
    );
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('incidentId');
  });

  it('an unknown incident id in the path is 404 on every incident write; nothing recorded', async () => {
    const unknown = randomUUID();
    const c = randomUUID();
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      [`/v1/incidents/${unknown}/claims`, claimBody('ISKP'), 'reporter'],
      [`/v1/incidents/${unknown}/claims/${c}/sources`, { sourceId: s1 }, 'reporter'],
      [`/v1/incidents/${unknown}/claims/${c}/authenticity`, { verdict: 'authentic', basis: 'b' }, 'analyst'],
      [
        `/v1/incidents/${unknown}/claims/${c}/retractions`,
        { retractedAt: '2023-07-13T00:00:00Z', sourceId: s1 },
        'reporter',
      ],
      [
        `/v1/incidents/${unknown}/denials`,
        { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 },
        'reporter',
      ],
      [`/v1/incidents/${unknown}/attributions`, { group: 'ISKP', confidence: 10, basis: 'b' }, 'analyst'],
      [`/v1/incidents/${unknown}/attributions/${c}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/incidents/${unknown}/corrections`, { fields: { summary: 'x' }, reason: 'r' }, 'reporter'],
      [`/v1/incidents/${unknown}/duplicate-of`, { incidentId }, 'reporter'],
    ];
    for (const [path, body, role] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expectProblem(res, 404);
    }
  });

  it('an unknown claim, attribution, group, relation or source in the path is 404; nothing recorded', async () => {
    const unknown = randomUUID();
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      [`/v1/incidents/${incidentId}/claims/${unknown}/sources`, { sourceId: s2 }, 'reporter'],
      [`/v1/incidents/${incidentId}/claims/${unknown}/authenticity`, { verdict: 'fabricated', basis: 'b' }, 'analyst'],
      [`/v1/incidents/${incidentId}/attributions/${unknown}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/groups/${unknown}/aliases`, { alias: `Alias ${unknown}` }, 'analyst'],
      [`/v1/groups/${unknown}/relations`, { relation: 'rival_of', otherGroup: 'TTP' }, 'analyst'],
      [`/v1/groups/${tjp}/relations/${unknown}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/sources/${unknown}/ratings`, { reliability: 'A', reason: 'r' }, 'analyst'],
    ];
    for (const [path, body, role] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expectProblem(res, 404);
    }
  });
});

describe('dates before the incident', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    // A month: the earliest possible moment is 2023-07-01T00:00:00Z.
    incidentId = await seed.incident({ occurredAt: '2023-07' });
    claimId = await seed.claim(incidentId, 'TTP', s1, { claimedAt: '2023-07-01T00:00:00Z' });
  });

  it('claimedAt before the earliest possible date of the incident is 422 naming claimedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-06-30T23:59:59Z' })),
    );
    expectProblem(res, 422, 'claimedAt');
  });

  it('the offset is honoured: 03:00+05:00 on 1 July is still 30 June in UTC', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-07-01T03:00:00+05:00' })),
    );
    expectProblem(res, 422, 'claimedAt');
  });

  it('retractedAt before the incident is 422 naming retractedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
        retractedAt: '2023-06-15T00:00:00Z',
        sourceId: s2,
      }),
    );
    expectProblem(res, 422, 'retractedAt');
  });

  it('deniedAt before the incident is 422 naming deniedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2022-12-31T23:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 422, 'deniedAt');
  });

  it('the first moment of the month is accepted', async () => {
    const res = await post(
      `/v1/incidents/${incidentId}/claims`,
      claimBody('ISKP', { claimedAt: '2023-07-01T05:00:00+05:00' }),
    );
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data.claimedAt).toBe('2023-07-01T00:00:00.000Z');
  });
});
