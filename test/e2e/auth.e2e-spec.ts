// docs/API.md "Auth and roles": 401 without a valid key, 403 when the role falls short, revocation at once,
// and nothing recorded on either.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { EventStore } from '@app/event-store';
import { sql } from 'kysely';
import {
  eventAt,
  expectNothingRecorded,
  expectProblem,
  expectWriteAnswer,
  keyIds,
  Seeder,
  type RoleName,
} from './support/e2e.js';

let t: TestApp;
let seed: Seeder;
let ids: Record<RoleName, string>;
let sourceId: string;
let groupId: string;
let incidentId: string;
let claimId: string;
let attributionId: string;
let relationId: string;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp('e2e_auth');
  seed = new Seeder(t);
  ids = await keyIds(t);
  sourceId = await seed.source();
  groupId = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
  await seed.group('Islamic State Khorasan Province', ['ISKP']);
  incidentId = await seed.incident();
  claimId = await seed.claim(incidentId, 'TTP', sourceId);
  const attribution = await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
    group: 'TTP',
    confidence: 50,
    basis: 'b',
  });
  attributionId = attribution.body.id;
  const relation = await seed.post(`/v1/groups/${groupId}/relations`, 'analyst', {
    relation: 'rival_of',
    otherGroup: 'ISKP',
  });
  relationId = relation.body.id;
  reviewId = randomUUID();
  await new EventStore(t.tdb.app.db).append(`incident-${incidentId}`, [
    { type: 'ReviewRequested', data: { reviewId, claimId, reason: null } },
  ]);
  if (attribution.status !== 201 || relation.status !== 201) throw new Error('setup failed');
});
afterAll(async () => t?.close());

const validIncident = () => ({ occurredAt: '2023-07-12', location: { country: 'PK' }, type: 'bombing' });

describe('401', () => {
  it('no Authorization header is 401 problem+json with WWW-Authenticate; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () => t.http.post('/v1/incidents').send(validIncident()));
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('an unknown key is 401; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      t.http
        .post('/v1/incidents')
        .set(bearer(`ct_${randomUUID()}`))
        .send(validIncident()),
    );
    expectProblem(res, 401);
  });

  it('a malformed Authorization header (not Bearer, empty) is 401', async () => {
    for (const header of [`Basic ${Buffer.from('a:b').toString('base64')}`, 'Bearer', 'Bearer ', t.keys.reporter]) {
      const res = await expectNothingRecorded(t, () =>
        t.http.post('/v1/incidents').set('Authorization', header).send(validIncident()),
      );
      expect({ header, status: res.status }).toEqual({ header, status: 401 });
      expectProblem(res, 401);
    }
  });

  it('authentication comes before validation: no key and a bad body is still 401', async () => {
    const res = await expectNothingRecorded(t, () => t.http.post('/v1/incidents').send({ bogus: true }));
    expectProblem(res, 401);
  });

  it('every /v1 write needs a key', async () => {
    const paths = [
      '/v1/groups',
      `/v1/groups/${groupId}/aliases`,
      `/v1/sources`,
      `/v1/sources/${sourceId}/ratings`,
      `/v1/incidents/${incidentId}/claims`,
      `/v1/incidents/${incidentId}/denials`,
      `/v1/reviews/${reviewId}/resolution`,
      '/v1/admin/keys',
    ];
    for (const path of paths) {
      const res = await expectNothingRecorded(t, () => t.http.post(path).send({}));
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expectProblem(res, 401);
    }
  });
});

describe('403', () => {
  const analystOnly = (): Array<[string, Record<string, unknown>]> => [
    [`/v1/incidents/${incidentId}/attributions`, { group: 'ISKP', confidence: 30, basis: 'b' }],
    [`/v1/incidents/${incidentId}/attributions/${attributionId}/withdrawal`, { reason: 'r' }],
    [`/v1/incidents/${incidentId}/claims/${claimId}/authenticity`, { verdict: 'authentic', basis: 'b' }],
    ['/v1/groups', { name: `Reporter group ${randomUUID()}` }],
    [`/v1/groups/${groupId}/relations`, { relation: 'affiliate_of', otherGroup: 'ISKP' }],
    [`/v1/groups/${groupId}/relations/${relationId}/withdrawal`, { reason: 'r' }],
    [`/v1/groups/${groupId}/aliases`, { alias: `Alias ${randomUUID()}` }],
    [`/v1/sources/${sourceId}/ratings`, { reliability: 'A', reason: 'r' }],
    [`/v1/reviews/${reviewId}/resolution`, { decision: 'reject', note: 'n' }],
  ];

  it('a reporter key on analyst-only calls is 403 problem+json; nothing recorded', async () => {
    for (const [path, body] of analystOnly()) {
      const res = await expectNothingRecorded(t, () => t.http.post(path).set(bearer(t.keys.reporter)).send(body));
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expectProblem(res, 403);
    }
  });

  it('reporter and analyst keys on /v1/admin/keys are 403', async () => {
    for (const role of ['reporter', 'analyst'] as const) {
      const create = await t.http
        .post('/v1/admin/keys')
        .set(bearer(t.keys[role]))
        .send({ name: 'sneaky', role: 'admin' });
      expect({ role, status: create.status }).toEqual({ role, status: 403 });
      expectProblem(create, 403);
      const revoke = await t.http.delete(`/v1/admin/keys/${ids.reporter}`).set(bearer(t.keys[role]));
      expect({ role, status: revoke.status }).toEqual({ role, status: 403 });
      expectProblem(revoke, 403);
    }
    // The reporter key was not revoked by the refused calls.
    const still = await t.http.post('/v1/incidents').set(bearer(t.keys.reporter)).send(validIncident());
    expectWriteAnswer(still);
  });

  it('the analyst calls refused to the reporter succeed for the analyst (and the admin)', async () => {
    const res = await t.http
      .post(`/v1/incidents/${incidentId}/claims/${claimId}/authenticity`)
      .set(bearer(t.keys.analyst))
      .send({ verdict: 'authentic', basis: 'b' });
    expectWriteAnswer(res, { id: claimId, incidentId });
    const admin = await t.http
      .post(`/v1/sources/${sourceId}/ratings`)
      .set(bearer(t.keys.admin))
      .send({ reliability: 'C', reason: 'r' });
    expectWriteAnswer(admin, { id: sourceId });
    const event = await eventAt(t.tdb.owner.db, admin.body.position);
    expect(event!.metadata.actor).toMatchObject({ keyId: 'bootstrap-admin', role: 'admin' });
  });
});

describe('each role', () => {
  it('reporter: records an incident and corrects it', async () => {
    const incident = await t.http.post('/v1/incidents').set(bearer(t.keys.reporter)).send(validIncident());
    expectWriteAnswer(incident, { version: 1 });
    const correction = await t.http
      .post(`/v1/incidents/${incident.body.id}/corrections`)
      .set(bearer(t.keys.reporter))
      .send({ fields: { summary: 'Checkpoint attack.' }, reason: 'added summary' });
    expectWriteAnswer(correction, { id: incident.body.id, version: 2 });
    const event = await eventAt(t.tdb.owner.db, correction.body.position);
    expect(event!.metadata.actor).toMatchObject({ keyId: ids.reporter, role: 'reporter' });
  });

  it('analyst: registers a group and does what a reporter can', async () => {
    const group = await t.http
      .post('/v1/groups')
      .set(bearer(t.keys.analyst))
      .send({ name: `Analyst group ${randomUUID()}` });
    expectWriteAnswer(group, { version: 1 });
    const source = await t.http
      .post('/v1/sources')
      .set(bearer(t.keys.analyst))
      .send({ name: 'Analyst source', kind: 'analyst', reliability: 'B' });
    expectWriteAnswer(source, { version: 1 });
    const event = await eventAt(t.tdb.owner.db, source.body.position);
    expect(event!.metadata.actor).toMatchObject({ keyId: ids.analyst, role: 'analyst' });
  });

  it('admin: creates keys of every role; a created admin key can create keys too', async () => {
    const admin2 = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'second admin', role: 'admin' });
    expect(admin2.status).toBe(201);
    expect(admin2.body).toMatchObject({ id: expect.any(String), key: expect.any(String), role: 'admin' });
    const analyst2 = await t.http
      .post('/v1/admin/keys')
      .set(bearer(admin2.body.key))
      .send({ name: 'second analyst', role: 'analyst' });
    expect(analyst2.status).toBe(201);
    expect(analyst2.body.role).toBe('analyst');
    expect(analyst2.body.key).not.toBe(admin2.body.key);
    const group = await t.http
      .post('/v1/groups')
      .set(bearer(analyst2.body.key))
      .send({ name: `Second analyst group ${randomUUID()}` });
    expectWriteAnswer(group);
  });

  it('POST /v1/admin/keys with an unknown role or unknown field is 400', async () => {
    const badRole = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'x', role: 'superuser' });
    expectProblem(badRole, 400, 'role');
    const extra = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'x', role: 'reporter', bogus: 1 });
    expectProblem(extra, 400, 'bogus');
  });
});

describe('revocation', () => {
  it('a revoked key is 401 at once, on every call; nothing recorded', async () => {
    const created = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'short-lived', role: 'analyst' });
    expect(created.status).toBe(201);
    const before = await t.http.post('/v1/incidents').set(bearer(created.body.key)).send(validIncident());
    expectWriteAnswer(before);
    const revoke = await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin));
    expect(revoke.status).toBe(204);
    for (const [path, body] of [
      ['/v1/incidents', validIncident()],
      ['/v1/groups', { name: `After revoke ${randomUUID()}` }],
    ] as const) {
      const res = await expectNothingRecorded(t, () => t.http.post(path).set(bearer(created.body.key)).send(body));
      expectProblem(res, 401);
    }
  });

  it('a revoked admin key cannot create keys', async () => {
    const created = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'temp admin', role: 'admin' });
    const revoke = await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin));
    expect(revoke.status).toBe(204);
    const res = await t.http.post('/v1/admin/keys').set(bearer(created.body.key)).send({ name: 'x', role: 'reporter' });
    expectProblem(res, 401);
  });

  it('revoking again is 409; an unknown key id is 404; a malformed id is 400', async () => {
    const created = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'twice', role: 'reporter' });
    expect((await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin))).status).toBe(204);
    expectProblem(await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin)), 409);
    expectProblem(await t.http.delete(`/v1/admin/keys/${randomUUID()}`).set(bearer(t.keys.admin)), 404);
    expectProblem(await t.http.delete('/v1/admin/keys/not-a-uuid').set(bearer(t.keys.admin)), 400);
  });

  it('revoking one key leaves the others working', async () => {
    const res = await t.http
      .post('/v1/sources')
      .set(bearer(t.keys.reporter))
      .send({ name: 'Still works', kind: 'news', reliability: 'A' });
    expectWriteAnswer(res);
  });
});

describe('key secrets', () => {
  it('only a hash of a created key is stored', async () => {
    const res = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'hash only', role: 'reporter' });
    expect(res.status).toBe(201);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from api_keys
        where encode(key_hash, 'escape') = ${res.body.key}
           or name = ${res.body.key} or created_by = ${res.body.key}`.execute(t.tdb.owner.db);
    expect(rows[0].n).toBe(0);
  });

  it('creating a key with an Idempotency-Key does not store the secret in plain text', async () => {
    const res = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .set('Idempotency-Key', `key-${randomUUID()}`)
      .send({ name: 'idempotent key', role: 'analyst' });
    expect(res.status).toBe(201);
    expect(res.body.key).toEqual(expect.any(String));
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from idempotency_keys
       where coalesce(response_body::text, '') like ${'%' + res.body.key + '%'}`.execute(t.tdb.owner.db);
    expect(rows[0].n).toBe(0);
  });
});
