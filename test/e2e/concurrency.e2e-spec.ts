// docs/API.md "Writes": Idempotency-Key (replay, mismatch, per-key scope), If-Match (412 on a stale
// version, 400 on a malformed header) and concurrent writes without If-Match (never a false 409).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { countEvents } from '../support/test-database.js';
import { eventAt, expectNothingRecorded, expectProblem, expectWriteAnswer, streamEvents } from './support/e2e.js';
import { claimBody, post as postAs, s1, s2, seed, t, useSeededApp, type RoleName } from './support/seeded-app.js';

useSeededApp('e2e_concurrency');

/** The suite's POST: the headers it varies (Idempotency-Key, If-Match) before the role. */
const post = (path: string, body: unknown, headers: Record<string, string> = {}, role: RoleName = 'reporter') =>
  postAs(path, body, role, headers);

const incidentBody = (summary = 'Attack on a checkpoint.') => ({
  occurredAt: '2023-07-12',
  location: { country: 'PK' },
  type: 'armed_assault',
  summary,
});

describe('Idempotency-Key', () => {
  it('the same key and body answers with the first response (Idempotent-Replayed) and records one event', async () => {
    const key = `incident-${randomUUID()}`;
    const before = await countEvents(t.tdb.owner.db);
    const first = await post('/v1/incidents', incidentBody(), { 'Idempotency-Key': key });
    expectWriteAnswer(first, { version: 1 });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await post('/v1/incidents', incidentBody(), { 'Idempotency-Key': key });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
    const event = await eventAt(t.tdb.owner.db, first.body.position);
    expect(event!.metadata.idempotencyKey).toBe(key);
    expect(await streamEvents(t.tdb.owner.db, `incident-${first.body.id}`)).toHaveLength(1);
  });

  it('key order in the body does not make it another body', async () => {
    const key = randomUUID();
    const first = await post(
      '/v1/incidents',
      { type: 'bombing', location: { country: 'AF', place: 'Kabul' }, occurredAt: '2022' },
      { 'Idempotency-Key': key },
    );
    expectWriteAnswer(first);
    const second = await expectNothingRecorded(t, () =>
      post(
        '/v1/incidents',
        { occurredAt: '2022', location: { place: 'Kabul', country: 'AF' }, type: 'bombing' },
        { 'Idempotency-Key': key },
      ),
    );
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });

  it('the same key with another body is 422 problem+json and records nothing', async () => {
    const key = randomUUID();
    expectWriteAnswer(await post('/v1/incidents', incidentBody('first'), { 'Idempotency-Key': key }));
    const res = await expectNothingRecorded(t, () =>
      post('/v1/incidents', incidentBody('second'), { 'Idempotency-Key': key }),
    );
    expectProblem(res, 422, 'header.Idempotency-Key');
  });

  it('keys are scoped per API key: the same Idempotency-Key from another key is independent', async () => {
    const key = randomUUID();
    const before = await countEvents(t.tdb.owner.db);
    const reporter = await post('/v1/incidents', incidentBody('scoped'), { 'Idempotency-Key': key }, 'reporter');
    expectWriteAnswer(reporter);
    const analyst = await post('/v1/incidents', incidentBody('scoped'), { 'Idempotency-Key': key }, 'analyst');
    expectWriteAnswer(analyst);
    expect(analyst.headers['idempotent-replayed']).toBeUndefined();
    expect(analyst.body.id).not.toBe(reporter.body.id);
    // Another body under the same Idempotency-Key is fine for yet another API key, too.
    const admin = await post('/v1/incidents', incidentBody('admin body'), { 'Idempotency-Key': key }, 'admin');
    expectWriteAnswer(admin);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 3);
    const replay = await post('/v1/incidents', incidentBody('scoped'), { 'Idempotency-Key': key }, 'reporter');
    expect(replay.body).toEqual(reporter.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 3);
  });

  it('a retried claim with its Idempotency-Key is a replay, not a 409 for the active claim', async () => {
    const incidentId = await seed.incident();
    const key = randomUUID();
    const first = await post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP'), { 'Idempotency-Key': key });
    expectWriteAnswer(first, { incidentId, version: 2 });
    const again = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP'), { 'Idempotency-Key': key }),
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await streamEvents(t.tdb.owner.db, `incident-${incidentId}`)).map((e) => e.type)).toEqual([
      'IncidentReported',
      'ClaimRecorded',
    ]);
  });

  it('the same key sent several times at once records one event; every 201 is the same answer', async () => {
    const key = randomUUID();
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => post('/v1/incidents', incidentBody('burst'), { 'Idempotency-Key': key })),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const r of created) expect(r.body).toEqual(created[0].body);
    for (const r of results.filter((x) => x.status === 409)) expectProblem(r, 409);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });

  it('a malformed Idempotency-Key is 400 naming the header', async () => {
    const res = await expectNothingRecorded(t, () =>
      post('/v1/incidents', incidentBody(), { 'Idempotency-Key': 'x'.repeat(300) }),
    );
    expectProblem(res, 400, 'header.Idempotency-Key');
  });
});

describe('If-Match', () => {
  let incidentId: string;

  beforeAll(async () => {
    incidentId = await seed.incident();
  });

  it('If-Match with the current version succeeds and answers the next version', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP'), { 'If-Match': '"1"' });
    expectWriteAnswer(res, { incidentId, version: 2 });
  });

  it('a stale version is 412 problem+json and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(
        `/v1/incidents/${incidentId}/denials`,
        { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 },
        { 'If-Match': '"1"' },
      ),
    );
    expectProblem(res, 412);
  });

  it('a version the stream has not reached is 412 too', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(
        `/v1/incidents/${incidentId}/denials`,
        { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 },
        { 'If-Match': '"7"' },
      ),
    );
    expectProblem(res, 412);
  });

  it('the ETag of one write is the If-Match of the next', async () => {
    const first = await post(
      `/v1/incidents/${incidentId}/denials`,
      { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 },
      { 'If-Match': '"2"' },
    );
    expectWriteAnswer(first, { incidentId, version: 3 });
    const second = await post(
      `/v1/incidents/${incidentId}/corrections`,
      { fields: { summary: 'Updated.' }, reason: 'r' },
      { 'If-Match': first.headers.etag },
    );
    expectWriteAnswer(second, { incidentId, version: 4 });
  });

  it('stale If-Match on group and source streams is 412 as well', async () => {
    const groupId = await seed.group(`Group ${randomUUID()}`);
    expectWriteAnswer(
      await post(`/v1/groups/${groupId}/aliases`, { alias: `A ${randomUUID()}` }, { 'If-Match': '"1"' }, 'analyst'),
      { version: 2 },
    );
    const alias = await expectNothingRecorded(t, () =>
      post(`/v1/groups/${groupId}/aliases`, { alias: `B ${randomUUID()}` }, { 'If-Match': '"1"' }, 'analyst'),
    );
    expectProblem(alias, 412);
    const sourceId = await seed.source();
    const rating = await expectNothingRecorded(t, () =>
      post(`/v1/sources/${sourceId}/ratings`, { reliability: 'E', reason: 'r' }, { 'If-Match': '"0"' }, 'analyst'),
    );
    expectProblem(rating, 412);
  });

  it('a malformed If-Match is 400 naming header.If-Match and records nothing', async () => {
    for (const value of ['abc', '"1", "2"', '"-1"', '*x']) {
      const res = await expectNothingRecorded(t, () =>
        post(
          `/v1/incidents/${incidentId}/denials`,
          { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 },
          { 'If-Match': value },
        ),
      );
      expect({ value, status: res.status }).toEqual({ value, status: 400 });
      expectProblem(res, 400, 'header.If-Match');
    }
  });

  it('of several writes sent at once with the same If-Match, exactly one lands; the others are 412', async () => {
    const id = await seed.incident();
    const groups = await Promise.all(
      Array.from({ length: 4 }, (_, i) => seed.group(`IfMatch race ${i} ${randomUUID().slice(0, 6)}`)),
    );
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      groups.map((g) => post(`/v1/incidents/${id}/claims`, claimBody(g), { 'If-Match': '"1"' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 412, 412, 412]);
    for (const r of results.filter((x) => x.status === 412)) expectProblem(r, 412);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });
});

describe('concurrent writes without If-Match', () => {
  it('10 claims by 10 groups on one incident at once all succeed with distinct versions', async () => {
    const incidentId = await seed.incident();
    const groups = await Promise.all(
      Array.from({ length: 10 }, (_, i) => seed.group(`Parallel ${i} ${randomUUID().slice(0, 6)}`)),
    );
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(groups.map((g) => post(`/v1/incidents/${incidentId}/claims`, claimBody(g))));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    for (const r of results) expectWriteAnswer(r, { incidentId });
    expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(results.map((r) => r.body.position)).size).toBe(10);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 10);

    // Each claim was decided against the state it landed on: its competitors are exactly the earlier claimants.
    const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    const claims = events.filter((e) => e.type === 'ClaimRecorded');
    claims.forEach((e, i) => {
      expect([...e.data.competingGroupIds].sort()).toEqual(
        claims
          .slice(0, i)
          .map((c) => c.data.groupId)
          .sort(),
      );
    });
    expect(new Set(claims.map((c) => c.data.groupId))).toEqual(new Set(groups));
  });

  // Issue 16 item 11: blind re-decisions ran out (7 of 24 groups got only 503s); serialised writers all land.
  it('24 groups each claiming one incident twice at once (48 requests): every group gets its claim in', async () => {
    const incidentId = await seed.incident();
    const groups = await Promise.all(
      Array.from({ length: 24 }, (_, i) => seed.group(`Hot ${i} ${randomUUID().slice(0, 6)}`)),
    );
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      groups.flatMap((g) => [0, 1].map(() => post(`/v1/incidents/${incidentId}/claims`, claimBody(g)))),
    );
    groups.forEach((_, i) => {
      // Per group: one 201, and the second request a true 409 naming that claim.
      const pair = results.slice(i * 2, i * 2 + 2);
      expect(pair.map((r) => r.status).sort()).toEqual([201, 409]);
      const won = pair.find((r) => r.status === 201)!;
      expectWriteAnswer(won, { incidentId });
      const lost = pair.find((r) => r.status === 409)!;
      expectProblem(lost, 409);
      expect(lost.body.claimId).toBe(won.body.id);
    });
    const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
    const claims = events.filter((e) => e.type === 'ClaimRecorded');
    expect(new Set(claims.map((c) => c.data.groupId))).toEqual(new Set(groups));
    expect(claims).toHaveLength(24);
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 24);
  });

  it('different kinds of writes to one incident at once all succeed', async () => {
    const incidentId = await seed.incident();
    const claimId = await seed.claim(incidentId, 'TTP', s1);
    const results = await Promise.all([
      post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP')),
      post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId: s2 }),
      post(`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 }),
      post(`/v1/incidents/${incidentId}/attributions`, { group: 'TTP', confidence: 80, basis: 'b' }, {}, 'analyst'),
      post(`/v1/incidents/${incidentId}/corrections`, { fields: { target: 'Police' }, reason: 'r' }),
      post(
        `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
        { verdict: 'authentic', basis: 'b' },
        {},
        'analyst',
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('the same group claiming 5 times at once: one claim, four true 409s', async () => {
    const incidentId = await seed.incident();
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP'))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 201)!;
    for (const r of results.filter((x) => x.status === 409)) {
      expectProblem(r, 409);
      expect(r.body.claimId).toBe(winner.body.id);
    }
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });

  it('retracting one claim 4 times at once: one retraction, three 409s', async () => {
    const incidentId = await seed.incident();
    const claimId = await seed.claim(incidentId, 'ISKP', s1);
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
          retractedAt: '2023-07-14T00:00:00Z',
          sourceId: s2,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });

  it('one incident created with one client id by several requests at once is recorded once', async () => {
    const id = randomUUID();
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => post('/v1/incidents', { id, ...incidentBody('same id') })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    for (const r of results) expect(r.body).toEqual(results[0].body);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });

  it(
    'a claim and a denial by the same group at once: ' + 'the denial is flagged exactly when it landed after the claim',
    async () => {
      for (let round = 0; round < 3; round++) {
        const incidentId = await seed.incident();
        const [claim, denial] = await Promise.all([
          post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP')),
          post(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s2 }),
        ]);
        expectWriteAnswer(claim, { incidentId });
        expectWriteAnswer(denial, { incidentId });
        const event = await eventAt(t.tdb.owner.db, denial.body.position);
        expect(event!.data.contradictsClaimId).toBe(denial.body.version > claim.body.version ? claim.body.id : null);
      }
    },
  );

  it('5 aliases added to one group at once all succeed with distinct versions', async () => {
    const groupId = await seed.group(`Alias race ${randomUUID().slice(0, 8)}`);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        post(`/v1/groups/${groupId}/aliases`, { alias: `Alias ${i} ${randomUUID().slice(0, 6)}` }, {}, 'analyst'),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(5).fill(201));
    expect(results.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
  });
});
