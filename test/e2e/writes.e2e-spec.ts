// Every write endpoint's success path (API.md "Writes"): 201 with id, incidentId on incident
// sub-resources, version, position and ETag; the event in the log with its type, data, the actor
// and the correlation id.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventStore } from '@app/event-store';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { expectNothingRecorded, expectProblem, expectRecorded, expectWriteAnswer, keyIds, Seeder, streamEvents, type RoleName } from './support/e2e.js';

let t: TestApp;
let ids: Record<RoleName, string>;
let seed: Seeder;

beforeAll(async () => {
  t = await createTestApp('e2e_writes');
  ids = await keyIds(t);
  seed = new Seeder(t);
});
afterAll(async () => t?.close());

const actor = (role: RoleName) => ({ keyId: ids[role], role });

function post(path: string, role: RoleName, body: unknown, correlationId?: string) {
  const req = t.http.post(path).set(bearer(t.keys[role]));
  if (correlationId) req.set('X-Correlation-Id', correlationId);
  return req.send(body as object);
}

describe('sources', () => {
  let sourceId: string;

  it('POST /v1/sources registers a source (reporter)', async () => {
    const res = await post('/v1/sources', 'reporter', { name: 'Dawn', kind: 'news', reliability: 'B' }, 'corr-source-1');
    expectWriteAnswer(res, { version: 1 });
    expect(res.headers['x-correlation-id']).toBe('corr-source-1');
    expect(res.body.incidentId).toBeUndefined();
    sourceId = res.body.id;
    await expectRecorded(t, res, {
      streamId: `source-${sourceId}`,
      type: 'SourceRegistered',
      data: { sourceId, name: 'Dawn', kind: 'news', reliability: 'B' },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/sources/{id}/ratings re-rates it (analyst)', async () => {
    const res = await post(`/v1/sources/${sourceId}/ratings`, 'analyst', { reliability: 'D', reason: 'ran an unauthenticated article' });
    expectWriteAnswer(res, { id: sourceId, version: 2 });
    await expectRecorded(t, res, {
      streamId: `source-${sourceId}`,
      type: 'SourceReliabilityRated',
      data: { reliability: 'D', previous: 'B', reason: 'ran an unauthenticated article' },
      actor: actor('analyst'),
    });
  });
});

describe('groups', () => {
  let ttp: string;
  let tjp: string;
  let relationId: string;

  it('POST /v1/groups registers a group with aliases (analyst)', async () => {
    const res = await post('/v1/groups', 'analyst', { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' }, 'corr-group-1');
    expectWriteAnswer(res, { version: 1 });
    expect(res.headers['x-correlation-id']).toBe('corr-group-1');
    ttp = res.body.id;
    await expectRecorded(t, res, {
      streamId: `group-${ttp}`,
      type: 'GroupRegistered',
      data: { groupId: ttp, name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/groups/{id}/aliases adds an alias', async () => {
    const res = await post(`/v1/groups/${ttp}/aliases`, 'analyst', { alias: 'Pakistani Taliban', validFrom: '2014', validTo: null });
    expectWriteAnswer(res, { id: ttp, version: 2 });
    await expectRecorded(t, res, {
      streamId: `group-${ttp}`,
      type: 'GroupAliasAdded',
      data: { alias: 'Pakistani Taliban', validFrom: '2014', validTo: null },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/groups/{id}/relations asserts a relation; the 201 id is the relation id', async () => {
    tjp = await seed.group('Tehreek-e-Jihad Pakistan', ['TJP']);
    const sourceId = await seed.source({ kind: 'security' });
    const res = await post(`/v1/groups/${tjp}/relations`, 'analyst', {
      relation: 'suspected_front_of',
      otherGroup: 'pakistani taliban',
      validFrom: '2023-02',
      sourceId,
      confidence: 60,
    });
    expectWriteAnswer(res, { version: 2 });
    relationId = res.body.id;
    expect(relationId).not.toBe(tjp);
    await expectRecorded(t, res, {
      streamId: `group-${tjp}`,
      type: 'GroupRelationAsserted',
      data: { relationId, relation: 'suspected_front_of', otherGroupId: ttp, validFrom: '2023-02', validTo: null, sourceId, confidence: 60 },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/groups/{id}/relations/{relationId}/withdrawal withdraws it', async () => {
    const res = await post(`/v1/groups/${tjp}/relations/${relationId}/withdrawal`, 'analyst', { reason: 'no longer supported by reporting' });
    expectWriteAnswer(res, { id: relationId, version: 3 });
    await expectRecorded(t, res, {
      streamId: `group-${tjp}`,
      type: 'GroupRelationWithdrawn',
      data: { relationId, reason: 'no longer supported by reporting' },
      actor: actor('analyst'),
    });
  });
});

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

  it('POST /v1/incidents reports an incident; country names become codes, partial dates keep their precision', async () => {
    const res = await post(
      '/v1/incidents',
      'reporter',
      {
        occurredAt: '2023-07',
        location: { country: 'Pakistan', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0, lon: 71.5 },
        type: 'bombing',
        suicide: true,
        target: 'Police lines mosque',
        casualties: { killedMin: 80, killedMax: 101, injuredMin: 200, injuredMax: null },
        summary: 'Suicide bombing during prayers.',
        sourceIds: [s1, s2],
      },
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
        occurredAt: { value: '2023-07', precision: 'month', earliest: '2023-07-01T00:00:00.000Z', latest: '2023-07-31T23:59:59.999Z' },
        location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0, lon: 71.5 },
        type: 'bombing',
        suicide: true,
        target: 'Police lines mosque',
        casualties: { killedMin: 80, killedMax: 101, injuredMin: 200, injuredMax: null },
        summary: 'Suicide bombing during prayers.',
        sourceIds: [s1, s2],
      },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/claims records a claim', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
      group: 'tehrik-i-taliban',
      channel: 'statement',
      claimedAt: '2023-07-30T20:15:00+05:00',
      sourceId: s1,
      spokesperson: 'Muhammad Khurasani',
      credibility: 3,
    });
    expectWriteAnswer(res, { incidentId, version: version + 1 });
    version = res.body.version;
    claimId = res.body.id;
    expect(claimId).not.toBe(incidentId);
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
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
      },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/claims/{claimId}/sources adds a source to the claim', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, 'reporter', { sourceId: s2, credibility: 2 });
    expectWriteAnswer(res, { id: claimId, incidentId, version: version + 1 });
    version = res.body.version;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ClaimSourceAdded',
      data: { claimId, sourceId: s2, credibility: 2 },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/claims/{claimId}/authenticity assesses the claim (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/authenticity`, 'analyst', {
      verdict: 'doubtful',
      basis: 'The channel has published fabricated claims before.',
    });
    expectWriteAnswer(res, { id: claimId, incidentId, version: version + 1 });
    version = res.body.version;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ClaimAuthenticityAssessed',
      data: { claimId, verdict: 'doubtful', basis: 'The channel has published fabricated claims before.' },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/incidents/{id}/denials records a denial', async () => {
    const res = await post(`/v1/incidents/${incidentId}/denials`, 'reporter', {
      group: 'ISKP',
      deniedAt: '2023-07-31T08:00:00Z',
      sourceId: s2,
      statement: 'We had no part in it.',
    });
    expectWriteAnswer(res, { incidentId, version: version + 1 });
    version = res.body.version;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ClaimDenied',
      data: {
        denialId: res.body.id,
        groupId: iskp,
        deniedAt: '2023-07-31T08:00:00.000Z',
        sourceId: s2,
        statement: 'We had no part in it.',
        contradictsClaimId: null,
      },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/claims/{claimId}/retractions retracts the claim; the 201 id is the retraction', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, 'reporter', {
      retractedAt: '2023-08-01T10:00:00Z',
      sourceId: s2,
      reason: 'The group said it does not attack mosques.',
    });
    expectWriteAnswer(res, { incidentId, version: version + 1 });
    version = res.body.version;
    expect(res.body.id).not.toBe(claimId);
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ClaimRetracted',
      data: {
        retractionId: res.body.id,
        claimId,
        groupId: ttp,
        retractedAt: '2023-08-01T10:00:00.000Z',
        sourceId: s2,
        reason: 'The group said it does not attack mosques.',
      },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/attributions records an attribution (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
      group: iskp,
      confidence: 70,
      basis: 'Security officials attribute it to ISKP.',
      sourceIds: [s2],
    });
    expectWriteAnswer(res, { incidentId, version: version + 1 });
    version = res.body.version;
    attributionId = res.body.id;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'AttributionAssessed',
      data: { attributionId, groupId: iskp, confidence: 70, basis: 'Security officials attribute it to ISKP.', sourceIds: [s2] },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/incidents/{id}/attributions/{attributionId}/withdrawal withdraws it (analyst)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/attributions/${attributionId}/withdrawal`, 'analyst', { reason: 'The officials retracted.' });
    expectWriteAnswer(res, { id: attributionId, incidentId, version: version + 1 });
    version = res.body.version;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'AttributionWithdrawn',
      data: { attributionId, reason: 'The officials retracted.' },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/incidents/{id}/corrections records the changed fields (partial casualties merged)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/corrections`, 'reporter', {
      fields: { casualties: { killedMax: 84 }, occurredAt: '2023-07-30' },
      reason: 'Official death toll revised.',
    });
    expectWriteAnswer(res, { id: incidentId, incidentId, version: version + 1 });
    version = res.body.version;
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'IncidentCorrected',
      data: {
        fields: {
          casualties: { killedMin: 80, killedMax: 84, injuredMin: 200, injuredMax: null },
          occurredAt: { value: '2023-07-30', precision: 'day', earliest: '2023-07-30T00:00:00.000Z', latest: '2023-07-30T23:59:59.999Z' },
        },
        reason: 'Official death toll revised.',
      },
      actor: actor('reporter'),
    });
  });

  it('POST /v1/incidents/{id}/duplicate-of marks the incident a duplicate of another', async () => {
    const original = await seed.incident({ occurredAt: '2023-07-30' });
    const duplicate = await seed.incident({ occurredAt: '2023-07-30' });
    const res = await post(`/v1/incidents/${duplicate}/duplicate-of`, 'reporter', { incidentId: original, reason: 'Same attack reported twice.' });
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

describe('correlation ids', () => {
  it('without X-Correlation-Id the server makes one, returns it and stores it on the event', async () => {
    const res = await post('/v1/sources', 'reporter', { name: 'No correlation', kind: 'social', reliability: 'E' });
    expectWriteAnswer(res);
    expect(res.headers['x-correlation-id'].length).toBeGreaterThan(8);
    await expectRecorded(t, res, {
      streamId: `source-${res.body.id}`,
      type: 'SourceRegistered',
      data: { sourceId: res.body.id, name: 'No correlation', kind: 'social', reliability: 'E' },
      actor: actor('reporter'),
    });
  });

  it('an unusable X-Correlation-Id is replaced, and the replacement is what the event carries', async () => {
    const res = await post('/v1/sources', 'reporter', { name: 'Bad correlation', kind: 'official', reliability: 'A' }, 'has spaces and {braces}');
    expectWriteAnswer(res);
    expect(res.headers['x-correlation-id']).not.toBe('has spaces and {braces}');
    await expectRecorded(t, res, {
      streamId: `source-${res.body.id}`,
      type: 'SourceRegistered',
      data: { sourceId: res.body.id, name: 'Bad correlation', kind: 'official', reliability: 'A' },
      actor: actor('reporter'),
    });
  });
});

describe('review resolution', () => {
  let incidentId: string;
  let claimId: string;
  let reviewId: string;

  beforeAll(async () => {
    const sourceId = await seed.source();
    await seed.group('Jamaat-ul-Ahrar', ['JuA']);
    incidentId = await seed.incident();
    claimId = await seed.claim(incidentId, 'JuA', sourceId);
    reviewId = randomUUID();
    await new EventStore(t.tdb.app.db).append(`incident-${incidentId}`, [
      { type: 'ReviewRequested', data: { reviewId, claimId, reason: null } },
    ]);
  });

  it('POST /v1/reviews/{id}/resolution resolves an open review (analyst)', async () => {
    const res = await post(`/v1/reviews/${reviewId}/resolution`, 'analyst', { decision: 'uphold', note: 'Two independent sources confirm.' });
    expectWriteAnswer(res, { id: reviewId, incidentId, version: 4 });
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ReviewResolved',
      data: { reviewId, claimId, decision: 'uphold', note: 'Two independent sources confirm.' },
      actor: actor('analyst'),
    });
  });

  it('resolving it twice is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/reviews/${reviewId}/resolution`, 'analyst', { decision: 'reject', note: 'Changed my mind.' }));
    expectProblem(res, 409);
  });

  it('an unknown review id is 404 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/reviews/${randomUUID()}/resolution`, 'analyst', { decision: 'uphold', note: 'n/a' }));
    expectProblem(res, 404);
  });
});

describe('API keys', () => {
  it('POST /v1/admin/keys creates a key shown once, which then authenticates with its role', async () => {
    const res = await post('/v1/admin/keys', 'admin', { name: 'desk 7', role: 'reporter' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), key: expect.any(String), role: 'reporter' }));
    const write = await t.http.post('/v1/sources').set(bearer(res.body.key)).send({ name: 'Desk 7 source', kind: 'other', reliability: 'F' });
    expectWriteAnswer(write);
    await expectRecorded(t, write, {
      streamId: `source-${write.body.id}`,
      type: 'SourceRegistered',
      data: { sourceId: write.body.id, name: 'Desk 7 source', kind: 'other', reliability: 'F' },
      actor: { keyId: res.body.id, role: 'reporter' },
    });
  });

  it('DELETE /v1/admin/keys/{id} revokes a key: 204, then the key is 401', async () => {
    const created = await post('/v1/admin/keys', 'admin', { name: 'to revoke', role: 'analyst' });
    expect(created.status).toBe(201);
    const del = await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin));
    expect(del.status).toBe(204);
    const before = await countEvents(t.tdb.owner.db);
    const res = await t.http.post('/v1/groups').set(bearer(created.body.key)).send({ name: `Revoked ${randomUUID()}` });
    expectProblem(res, 401);
    expect(await countEvents(t.tdb.owner.db)).toBe(before);
  });
});
