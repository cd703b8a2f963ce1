// The incident write endpoints' success path (docs/API.md "Writes"): 201 with id, incidentId, version,
// position and ETag; the event in the log with its type, data, the actor and the correlation id.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { expectRecorded, expectWriteAnswer, streamEvents, type RoleName } from './support/e2e.js';
import { actor, post, seed, t, useWritesApp } from './support/writes-app.js';

useWritesApp('e2e_writes_incidents');

describe('incidents, claims, denials, attributions', () => {
  let s1: string;
  let s2: string;
  let ttp: string;
  let iskp: string;
  let incidentId: string;
  let claimId: string;
  let attributionId: string;
  let version = 0;

  beforeAll(async () => {
    s1 = await seed.source({ name: 'Umar Media', kind: 'group_channel', reliability: 'C' });
    s2 = await seed.source({ name: 'Reuters', kind: 'news', reliability: 'A' });
    ttp = await seed.group('TTP main', ['Tehrik-i-Taliban']);
    iskp = await seed.group('Islamic State Khorasan Province', ['ISKP']);
  });

  /**
   * The write moved this incident's stream on by one version (answering `id` when given) and
   * recorded the event as `role`.
   */
  async function expectNextEvent(
    res: Response,
    answer: { id?: string; role: RoleName },
    event: { type: string; data: Record<string, unknown> },
  ) {
    expectWriteAnswer(res, { ...(answer.id ? { id: answer.id } : {}), incidentId, version: version + 1 });
    version = res.body.version;
    return expectRecorded(t, res, { streamId: `incident-${incidentId}`, ...event, actor: actor(answer.role) });
  }

  it(
    'POST /v1/incidents reports an incident; ' + 'country names become codes, partial dates keep their precision',
    async () => {
      // These fields are stored as sent; occurredAt and location are the normalised ones.
      const asSent = {
        type: 'bombing',
        suicide: true,
        target: 'Police lines mosque',
        casualties: { killedMin: 80, killedMax: 101, injuredMin: 200, injuredMax: null },
        summary: 'Suicide bombing during prayers.',
        sourceIds: [s1, s2],
      };
      const location = { admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0, lon: 71.5 };
      const res = await post(
        '/v1/incidents',
        'reporter',
        { occurredAt: '2023-07', location: { country: 'Pakistan', ...location }, ...asSent },
        'corr-incident-1',
      );
      expectWriteAnswer(res, { version: 1 });
      incidentId = res.body.id;
      version = res.body.version;
      expect(res.headers['x-correlation-id']).toBe('corr-incident-1');
      await expectRecorded(t, res, {
        streamId: `incident-${incidentId}`,
        type: 'IncidentReported',
        data: {
          incidentId,
          occurredAt: {
            value: '2023-07',
            precision: 'month',
            earliest: '2023-07-01T00:00:00.000Z',
            latest: '2023-07-31T23:59:59.999Z',
          },
          location: { country: 'PK', ...location },
          ...asSent,
          citation: null,
        },
        actor: actor('reporter'),
      });
    },
  );

  it('POST /v1/incidents/{id}/claims records a claim', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
      group: 'tehrik-i-taliban',
      channel: 'statement',
      claimedAt: '2023-07-30T20:15:00+05:00',
      sourceId: s1,
      spokesperson: 'Muhammad Khurasani',
      credibility: 3,
    });
    claimId = res.body.id;
    expect(claimId).not.toBe(incidentId);
    await expectNextEvent(
      res,
      { role: 'reporter' },
      {
        type: 'ClaimRecorded',
        data: {
          claimId,
          groupId: ttp,
          channel: 'statement',
          claimedAt: '2023-07-30T15:15:00.000Z',
          spokesperson: 'Muhammad Khurasani',
          sourceId: s1,
          credibility: 3,
          competingGroupIds: [],
          spokespersonId: null,
          citation: null,
        },
      },
    );
  });

  it('POST /v1/incidents/{id}/claims/{claimId}/sources adds a source to the claim', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, 'reporter', {
      sourceId: s2,
      credibility: 2,
    });
    await expectNextEvent(
      res,
      { id: claimId, role: 'reporter' },
      {
        type: 'ClaimSourceAdded',
        data: { claimId, sourceId: s2, credibility: 2, citation: null },
      },
    );
  });

  it('POST /v1/incidents/{id}/claims/{claimId}/authenticity assesses the claim (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/authenticity`, 'analyst', {
      verdict: 'doubtful',
      basis: 'The channel has published fabricated claims before.',
    });
    await expectNextEvent(
      res,
      { id: claimId, role: 'analyst' },
      {
        type: 'ClaimAuthenticityAssessed',
        data: { claimId, verdict: 'doubtful', basis: 'The channel has published fabricated claims before.' },
      },
    );
  });

  it('POST /v1/incidents/{id}/denials records a denial', async () => {
    const res = await post(`/v1/incidents/${incidentId}/denials`, 'reporter', {
      group: 'ISKP',
      deniedAt: '2023-07-31T08:00:00Z',
      sourceId: s2,
      statement: 'We had no part in it.',
    });
    await expectNextEvent(
      res,
      { role: 'reporter' },
      {
        type: 'ClaimDenied',
        data: {
          denialId: res.body.id,
          groupId: iskp,
          deniedAt: '2023-07-31T08:00:00.000Z',
          sourceId: s2,
          statement: 'We had no part in it.',
          contradictsClaimId: null,
          spokesperson: null,
          spokespersonId: null,
          citation: null,
        },
      },
    );
  });

  it(
    'POST /v1/incidents/{id}/claims/{claimId}/retractions retracts the claim; ' + 'the 201 id is the retraction',
    async () => {
      const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, 'reporter', {
        retractedAt: '2023-08-01T10:00:00Z',
        sourceId: s2,
        reason: 'The group said it does not attack mosques.',
      });
      expect(res.body.id).not.toBe(claimId);
      await expectNextEvent(
        res,
        { role: 'reporter' },
        {
          type: 'ClaimRetracted',
          data: {
            retractionId: res.body.id,
            claimId,
            groupId: ttp,
            retractedAt: '2023-08-01T10:00:00.000Z',
            sourceId: s2,
            reason: 'The group said it does not attack mosques.',
            citation: null,
          },
        },
      );
    },
  );

  it('POST /v1/incidents/{id}/attributions records an attribution (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
      group: iskp,
      confidence: 70,
      basis: 'Security officials attribute it to ISKP.',
      sourceIds: [s2],
    });
    attributionId = res.body.id;
    await expectNextEvent(
      res,
      { role: 'analyst' },
      {
        type: 'AttributionAssessed',
        data: {
          attributionId,
          groupId: iskp,
          confidence: 70,
          basis: 'Security officials attribute it to ISKP.',
          sourceIds: [s2],
          citation: null,
        },
      },
    );
  });

  it('POST /v1/incidents/{id}/attributions/{attributionId}/withdrawal withdraws it (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/attributions/${attributionId}/withdrawal`, 'analyst', {
      reason: 'The officials retracted.',
    });
    await expectNextEvent(
      res,
      { id: attributionId, role: 'analyst' },
      {
        type: 'AttributionWithdrawn',
        data: { attributionId, reason: 'The officials retracted.' },
      },
    );
  });

  it('POST /v1/incidents/{id}/corrections records the changed fields (partial casualties merged)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/corrections`, 'reporter', {
      fields: { casualties: { killedMax: 84 }, occurredAt: '2023-07-30' },
      reason: 'Official death toll revised.',
    });
    await expectNextEvent(
      res,
      { id: incidentId, role: 'reporter' },
      {
        type: 'IncidentCorrected',
        data: {
          fields: {
            casualties: { killedMin: 80, killedMax: 84, injuredMin: 200, injuredMax: null },
            occurredAt: {
              value: '2023-07-30',
              precision: 'day',
              earliest: '2023-07-30T00:00:00.000Z',
              latest: '2023-07-30T23:59:59.999Z',
            },
          },
          reason: 'Official death toll revised.',
          citation: null,
        },
      },
    );
  });

  it('POST /v1/incidents/{id}/duplicate-of marks the incident a duplicate of another', async () => {
    const original = await seed.incident({ occurredAt: '2023-07-30' });
    const duplicate = await seed.incident({ occurredAt: '2023-07-30' });
    const res = await post(`/v1/incidents/${duplicate}/duplicate-of`, 'reporter', {
      incidentId: original,
      reason: 'Same attack reported twice.',
    });
    expectWriteAnswer(res, { id: duplicate, incidentId: duplicate, version: 2 });
    await expectRecorded(t, res, {
      streamId: `incident-${duplicate}`,
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: original, reason: 'Same attack reported twice.' },
      actor: actor('reporter'),
    });
  });

  it('positions grow with every write and the stream versions have no gaps', async () => {
    const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
    const positions = events.map((e) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
