// Every write endpoint's success path (docs/API.md "Writes"): 201 with id, version, position and ETag;
// the event in the log with its type, data, the actor and the correlation id. Sources, groups,
// correlation ids, review resolution and API keys here; incident writes in writes-incidents.e2e-spec.ts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EventStore } from '@app/event-store';
import { bearer } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { expectNothingRecorded, expectProblem, expectRecorded, expectWriteAnswer } from './support/e2e.js';
import { actor, ids, post, seed, t, useWritesApp } from './support/writes-app.js';

useWritesApp('e2e_writes');

describe('sources', () => {
  let sourceId: string;

  it('POST /v1/sources registers a source (reporter)', async () => {
    const res = await post(
      '/v1/sources',
      'reporter',
      { name: 'Dawn', kind: 'news', reliability: 'B' },
      'corr-source-1',
    );
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
    const res = await post(`/v1/sources/${sourceId}/ratings`, 'analyst', {
      reliability: 'D',
      reason: 'ran an unauthenticated article',
    });
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
    const res = await post(
      '/v1/groups',
      'analyst',
      { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' },
      'corr-group-1',
    );
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
    const res = await post(`/v1/groups/${ttp}/aliases`, 'analyst', {
      alias: 'Pakistani Taliban',
      validFrom: '2014',
      validTo: null,
    });
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
      data: {
        relationId,
        relation: 'suspected_front_of',
        otherGroupId: ttp,
        validFrom: '2023-02',
        validTo: null,
        sourceId,
        confidence: 60,
        citation: null,
      },
      actor: actor('analyst'),
    });
  });

  it('POST /v1/groups/{id}/relations/{relationId}/withdrawal withdraws it', async () => {
    const res = await post(`/v1/groups/${tjp}/relations/${relationId}/withdrawal`, 'analyst', {
      reason: 'no longer supported by reporting',
    });
    expectWriteAnswer(res, { id: relationId, version: 3 });
    await expectRecorded(t, res, {
      streamId: `group-${tjp}`,
      type: 'GroupRelationWithdrawn',
      data: { relationId, reason: 'no longer supported by reporting' },
      actor: actor('analyst'),
    });
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
    const res = await post(
      '/v1/sources',
      'reporter',
      { name: 'Bad correlation', kind: 'official', reliability: 'A' },
      'has spaces and {braces}',
    );
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
    const res = await post(`/v1/reviews/${reviewId}/resolution`, 'analyst', {
      decision: 'uphold',
      note: 'Two independent sources confirm.',
    });
    expectWriteAnswer(res, { id: reviewId, incidentId, version: 4 });
    await expectRecorded(t, res, {
      streamId: `incident-${incidentId}`,
      type: 'ReviewResolved',
      data: { reviewId, claimId, decision: 'uphold', note: 'Two independent sources confirm.' },
      actor: actor('analyst'),
    });
  });

  it('resolving it twice is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/reviews/${reviewId}/resolution`, 'analyst', { decision: 'reject', note: 'Changed my mind.' }),
    );
    expectProblem(res, 409);
  });

  it('an unknown review id is 404 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/reviews/${randomUUID()}/resolution`, 'analyst', { decision: 'uphold', note: 'n/a' }),
    );
    expectProblem(res, 404);
  });
});

describe('API keys', () => {
  it('POST /v1/admin/keys creates a key shown once, which then authenticates with its role', async () => {
    const res = await post('/v1/admin/keys', 'admin', { name: 'desk 7', role: 'reporter' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        key: expect.any(String),
        role: 'reporter',
      }),
    );
    const write = await t.http
      .post('/v1/sources')
      .set(bearer(res.body.key))
      .send({ name: 'Desk 7 source', kind: 'other', reliability: 'F' });
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
    const res = await t.http
      .post('/v1/groups')
      .set(bearer(created.body.key))
      .send({ name: `Revoked ${randomUUID()}` });
    expectProblem(res, 401);
    expect(await countEvents(t.tdb.owner.db)).toBe(before);
  });
});
