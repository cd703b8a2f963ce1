// Bad input (docs/API.md "Writes" and the problem+json rule): a 4xx problem+json naming the field,
// never a 500, and nothing recorded.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { expectNothingRecorded, expectProblem, Seeder, type RoleName } from './support/e2e.js';

let t: TestApp;
let seed: Seeder;
let sourceId: string;
let groupId: string;
let incidentId: string;
let claimId: string;

beforeAll(async () => {
  t = await createTestApp('e2e_bad_input');
  seed = new Seeder(t);
  sourceId = await seed.source();
  groupId = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
  incidentId = await seed.incident({ occurredAt: '2023-07-12', casualties: { killedMin: 1, killedMax: 3 } });
  claimId = await seed.claim(incidentId, 'TTP', sourceId);
});
afterAll(async () => t?.close());

function post(path: string, body: unknown, role: RoleName = 'reporter') {
  return t.http
    .post(path)
    .set(bearer(t.keys[role]))
    .send(body as object);
}

/** Posts, asserts the status and the named paths, and that the log did not grow. */
async function rejects(path: string, body: unknown, status: number, paths: string[], role: RoleName = 'reporter') {
  const res = await expectNothingRecorded(t, () => post(path, body, role));
  try {
    expectProblem(res, status, ...paths);
  } catch (err) {
    throw new Error(`POST ${path} ${JSON.stringify(body).slice(0, 200)}\n${(err as Error).message}`);
  }
  return res;
}

const incident = (extra: Record<string, unknown> = {}) => ({
  occurredAt: '2023-07-12',
  location: { country: 'PK' },
  type: 'bombing',
  ...extra,
});
const claim = (extra: Record<string, unknown> = {}) => ({
  group: 'TTP',
  channel: 'statement',
  claimedAt: '2023-07-12T18:00:00Z',
  sourceId,
  ...extra,
});

describe('malformed bodies', () => {
  it('malformed JSON is 400 problem+json; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      t.http
        .post('/v1/incidents')
        .set(bearer(t.keys.reporter))
        .set('Content-Type', 'application/json')
        .send('{"occurredAt": "2023-07-12", "location": {'),
    );
    expectProblem(res, 400);
  });

  it('a body over 256 KiB is 413 problem+json; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      post('/v1/incidents', incident({ summary: 'x'.repeat(300 * 1024) })),
    );
    expectProblem(res, 413);
  });

  it('a JSON array, a JSON string and an empty body are 400', async () => {
    for (const raw of ['[]', '"incident"', '']) {
      const res = await expectNothingRecorded(t, () =>
        t.http.post('/v1/incidents').set(bearer(t.keys.reporter)).set('Content-Type', 'application/json').send(raw),
      );
      expect({ raw, status: res.status }).toEqual({ raw, status: 400 });
      expectProblem(res, 400);
    }
  });

  it('a body that is not JSON (text/plain) is a 4xx problem+json; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      t.http
        .post('/v1/incidents')
        .set(bearer(t.keys.reporter))
        .set('Content-Type', 'text/plain')
        .send('occurredAt=2023'),
    );
    expect([400, 415]).toContain(res.status);
    expectProblem(res, res.status);
  });
});

describe('wrong types', () => {
  it.each([
    ['location.country', incident({ location: { country: 42 } })],
    ['casualties.killedMin', incident({ casualties: { killedMin: 'five' } })],
    ['casualties.killedMax', incident({ casualties: { killedMax: -1 } })],
    ['casualties.injuredMin', incident({ casualties: { injuredMin: 2.5 } })],
    ['location.lat', incident({ location: { country: 'PK', lat: 'north', lon: 71 } })],
    ['location.lon', incident({ location: { country: 'PK', lat: 34, lon: 200 } })],
    ['suicide', incident({ suicide: 'yes' })],
    ['occurredAt', incident({ occurredAt: 20230712 })],
    ['location', incident({ location: 'Peshawar' })],
    ['sourceIds', incident({ sourceIds: 'abc' })],
    ['sourceIds.0', incident({ sourceIds: ['not-a-uuid'] })],
    ['summary', incident({ summary: { text: 'x' } })],
  ])('POST /v1/incidents with a wrong %s is 400 naming it', async (path, body) => {
    await rejects('/v1/incidents', body, 400, [path]);
  });

  it('wrong types in claims, groups and sources name the field', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ group: 7 }), 400, ['group']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ sourceId: 'nope' }), 400, ['sourceId']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ spokesperson: ['a'] }), 400, ['spokesperson']);
    await rejects('/v1/groups', { name: 'X', aliases: 'Y' }, 400, ['aliases'], 'analyst');
    await rejects('/v1/groups', { name: 'X', aliases: [1] }, 400, ['aliases.0'], 'analyst');
    await rejects('/v1/sources', { name: 5, kind: 'news', reliability: 'A' }, 400, ['name']);
    await rejects('/v1/incidents', incident({ id: 'my-incident' }), 400, ['id']);
  });

  it('malformed dates are 400 naming the field', async () => {
    await rejects('/v1/incidents', incident({ occurredAt: 'last tuesday' }), 400, ['occurredAt']);
    await rejects('/v1/incidents', incident({ occurredAt: '2023-02-30' }), 400, ['occurredAt']);
    await rejects('/v1/incidents', incident({ occurredAt: '2023-13' }), 400, ['occurredAt']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ claimedAt: '2023-07-12' }), 400, ['claimedAt']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ claimedAt: '2023-07-12T18:00:00' }), 400, [
      'claimedAt',
    ]);
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt: 'soon', sourceId }, 400, [
      'retractedAt',
    ]);
    await rejects(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', deniedAt: '12/07/2023', sourceId }, 400, [
      'deniedAt',
    ]);
    await rejects(
      `/v1/groups/${groupId}/aliases`,
      { alias: 'Old TTP', validFrom: 'the nineties' },
      400,
      ['validFrom'],
      'analyst',
    );
  });

  it('an unknown country is 400 naming location.country', async () => {
    await rejects('/v1/incidents', incident({ location: { country: 'Atlantis' } }), 400, ['location.country']);
  });
});

describe('unknown fields', () => {
  it('an unknown top-level field is 400 naming it', async () => {
    const res = await rejects('/v1/incidents', incident({ bogus: 1 }), 400, ['bogus']);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['bogus']);
  });

  it('an unknown nested field is 400 naming its path', async () => {
    await rejects('/v1/incidents', incident({ location: { country: 'PK', city: 'Peshawar' } }), 400, ['location.city']);
    await rejects('/v1/incidents', incident({ casualties: { killed: 3 } }), 400, ['casualties.killed']);
  });

  it('unknown fields are refused on every write', async () => {
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      ['/v1/groups', { name: `G ${randomUUID()}`, bogus: 1 }, 'analyst'],
      [`/v1/groups/${groupId}/aliases`, { alias: `A ${randomUUID()}`, bogus: 1 }, 'analyst'],
      [`/v1/groups/${groupId}/relations`, { relation: 'rival_of', otherGroup: 'TTP', bogus: 1 }, 'analyst'],
      ['/v1/sources', { name: 'S', kind: 'news', reliability: 'A', bogus: 1 }, 'reporter'],
      [`/v1/sources/${sourceId}/ratings`, { reliability: 'A', reason: 'r', bogus: 1 }, 'analyst'],
      [`/v1/incidents/${incidentId}/claims`, claim({ bogus: 1 }), 'reporter'],
      [`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId, bogus: 1 }, 'reporter'],
      [
        `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
        { verdict: 'authentic', basis: 'b', bogus: 1 },
        'analyst',
      ],
      [
        `/v1/incidents/${incidentId}/claims/${claimId}/retractions`,
        { retractedAt: '2023-07-13T00:00:00Z', sourceId, bogus: 1 },
        'reporter',
      ],
      [
        `/v1/incidents/${incidentId}/denials`,
        { group: 'TTP', deniedAt: '2023-07-13T00:00:00Z', sourceId, bogus: 1 },
        'reporter',
      ],
      [`/v1/incidents/${incidentId}/attributions`, { group: 'TTP', confidence: 5, basis: 'b', bogus: 1 }, 'analyst'],
      [`/v1/incidents/${incidentId}/corrections`, { fields: { summary: 's' }, reason: 'r', bogus: 1 }, 'reporter'],
      [`/v1/incidents/${incidentId}/duplicate-of`, { incidentId: randomUUID(), bogus: 1 }, 'reporter'],
      [`/v1/reviews/${randomUUID()}/resolution`, { decision: 'uphold', note: 'n', bogus: 1 }, 'analyst'],
    ];
    for (const [path, body, role] of calls) await rejects(path, body, 400, ['bogus'], role);
  });

  it('a correction naming a field that is not an incident field is 400 naming it', async () => {
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { perpetrator: 'TTP' }, reason: 'r' }, 400, [
      'fields.perpetrator',
    ]);
  });
});

describe('strings Postgres cannot store', () => {
  // JSON allows "\u0000" and lone surrogates ("\ud800"); jsonb and text columns do not. They are bad
  // input like any other: a 4xx naming the field, never a 500.
  /** Sends each raw body; every one must be a 4xx problem+json naming its field, with nothing recorded. */
  async function allRejected(cases: Array<[string, string, string, RoleName?]>) {
    const outcomes = [];
    for (const [path, raw, field, role] of cases) {
      const res = await expectNothingRecorded(t, () =>
        t.http
          .post(path)
          .set(bearer(t.keys[role ?? 'reporter']))
          .set('Content-Type', 'application/json')
          .send(raw),
      );
      const body = /problem\+json/.test(res.headers['content-type'] ?? '') ? JSON.parse(res.text) : {};
      outcomes.push({
        field,
        status: res.status,
        named: (body.errors ?? []).some((e: { path: string }) => e.path === field),
      });
    }
    expect(outcomes).toEqual(
      outcomes.map((o) => ({
        field: o.field,
        status: o.status >= 400 && o.status < 500 ? o.status : 'a 4xx',
        named: true,
      })),
    );
  }

  it('a NUL character in a string field is a 4xx naming the field; nothing recorded', async () => {
    const fresh = await seed.incident();
    await allRejected([
      ['/v1/sources', JSON.stringify({ name: 'Da\u0000wn', kind: 'news', reliability: 'A' }), 'name'],
      ['/v1/incidents', JSON.stringify(incident({ summary: 'a\u0000b' })), 'summary'],
      [`/v1/incidents/${fresh}/claims`, JSON.stringify(claim({ group: 'T\u0000TP' })), 'group'],
      [`/v1/incidents/${fresh}/claims`, JSON.stringify(claim({ spokesperson: 'x\u0000' })), 'spokesperson'],
      [`/v1/groups/${groupId}/aliases`, JSON.stringify({ alias: 'q\u0000' }), 'alias', 'analyst'],
    ]);
  });

  it('a lone surrogate in a string field is a 4xx naming the field; nothing recorded', async () => {
    await allRejected([
      ['/v1/sources', '{"name":"Da\\ud800wn","kind":"news","reliability":"A"}', 'name'],
      [`/v1/incidents/${incidentId}/corrections`, '{"fields":{"summary":"ok"},"reason":"\\udc00"}', 'reason'],
    ]);
  });
});

describe('prototype-named fields', () => {
  it('unknown fields named constructor, prototype or __proto__ are refused like any unknown field (400 naming them); nothing recorded', async () => {
    const outcomes = [];
    for (const key of ['constructor', 'prototype', '__proto__']) {
      const raw = `{"${key}":{"polluted":true},"name":"Proto source","kind":"news","reliability":"A"}`;
      const before = await countEvents(t.tdb.owner.db);
      const res = await t.http
        .post('/v1/sources')
        .set(bearer(t.keys.reporter))
        .set('Content-Type', 'application/json')
        .send(raw);
      const recorded = (await countEvents(t.tdb.owner.db)) - before;
      const named =
        res.status === 400 && (JSON.parse(res.text).errors ?? []).some((e: { path: string }) => e.path === key);
      outcomes.push({ key, status: res.status, named, recorded });
    }
    expect(outcomes).toEqual(outcomes.map((o) => ({ key: o.key, status: 400, named: true, recorded: 0 })));
  });
});

describe('missing required fields', () => {
  it.each([
    ['occurredAt', { location: { country: 'PK' }, type: 'bombing' }],
    ['location', { occurredAt: '2023', type: 'bombing' }],
    ['location.country', { occurredAt: '2023', location: { place: 'Quetta' }, type: 'bombing' }],
    ['type', { occurredAt: '2023', location: { country: 'PK' } }],
  ])('POST /v1/incidents without %s is 400 naming it', async (path, body) => {
    await rejects('/v1/incidents', body, 400, [path]);
  });

  it('a claim without group, channel, claimedAt and sourceId names each of them', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, {}, 400, ['group', 'channel', 'claimedAt', 'sourceId']);
  });

  it('required fields of the other writes are named', async () => {
    await rejects('/v1/groups', { aliases: ['x'] }, 400, ['name'], 'analyst');
    await rejects('/v1/groups', { name: '   ' }, 400, ['name'], 'analyst');
    await rejects(`/v1/groups/${groupId}/aliases`, {}, 400, ['alias'], 'analyst');
    await rejects(`/v1/groups/${groupId}/relations`, { relation: 'rival_of' }, 400, ['otherGroup'], 'analyst');
    await rejects('/v1/sources', { name: 'S' }, 400, ['kind', 'reliability']);
    await rejects(`/v1/sources/${sourceId}/ratings`, { reliability: 'A' }, 400, ['reason'], 'analyst');
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, {}, 400, ['sourceId']);
    await rejects(
      `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
      { verdict: 'authentic' },
      400,
      ['basis'],
      'analyst',
    );
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { sourceId }, 400, ['retractedAt']);
    await rejects(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', sourceId }, 400, ['deniedAt']);
    await rejects(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', basis: 'b' },
      400,
      ['confidence'],
      'analyst',
    );
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { summary: 's' } }, 400, ['reason']);
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: {}, reason: 'r' }, 400, ['fields']);
    await rejects(`/v1/incidents/${incidentId}/duplicate-of`, { reason: 'r' }, 400, ['incidentId']);
    await rejects(`/v1/reviews/${randomUUID()}/resolution`, { decision: 'uphold' }, 400, ['note'], 'analyst');
  });
});

describe('invalid enum values and ranges', () => {
  it('enums: channel, type, reliability, kind, relation, verdict, decision', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ channel: 'tweet' }), 400, ['channel']);
    await rejects('/v1/incidents', incident({ type: 'explosion' }), 400, ['type']);
    await rejects('/v1/sources', { name: 'S', kind: 'news', reliability: 'G' }, 400, ['reliability']);
    await rejects('/v1/sources', { name: 'S', kind: 'news', reliability: 'a' }, 400, ['reliability']);
    await rejects('/v1/sources', { name: 'S', kind: 'blog', reliability: 'A' }, 400, ['kind']);
    await rejects(
      `/v1/sources/${sourceId}/ratings`,
      { reliability: 'Z', reason: 'r' },
      400,
      ['reliability'],
      'analyst',
    );
    await rejects(
      `/v1/groups/${groupId}/relations`,
      { relation: 'enemy_of', otherGroup: 'TTP' },
      400,
      ['relation'],
      'analyst',
    );
    await rejects(
      `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
      { verdict: 'maybe', basis: 'b' },
      400,
      ['verdict'],
      'analyst',
    );
    await rejects(
      `/v1/reviews/${randomUUID()}/resolution`,
      { decision: 'maybe', note: 'n' },
      400,
      ['decision'],
      'analyst',
    );
  });

  it('credibility outside 1–6 (or not an integer) is 400 naming credibility', async () => {
    for (const credibility of [0, 7, -1, 3.5, '3']) {
      await rejects(`/v1/incidents/${incidentId}/claims`, claim({ group: randomUUID(), credibility }), 400, [
        'credibility',
      ]);
      await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId, credibility }, 400, [
        'credibility',
      ]);
    }
  });

  it('confidence outside 0–100 (or not an integer) is 400 naming confidence', async () => {
    for (const confidence of [-1, 101, 50.5, '50']) {
      await rejects(
        `/v1/incidents/${incidentId}/attributions`,
        { group: 'TTP', confidence, basis: 'b' },
        400,
        ['confidence'],
        'analyst',
      );
      await rejects(
        `/v1/groups/${groupId}/relations`,
        { relation: 'rival_of', otherGroup: 'TTP', confidence },
        400,
        ['confidence'],
        'analyst',
      );
    }
  });

  it('the bounds themselves are accepted', async () => {
    const other = await seed.group(`Bounds ${randomUUID().slice(0, 8)}`);
    const low = await post(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', confidence: 0, basis: 'b' },
      'analyst',
    );
    expect(low.status).toBe(201);
    const high = await post(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', confidence: 100, basis: 'b' },
      'analyst',
    );
    expect(high.status).toBe(201);
    const six = await post(`/v1/incidents/${incidentId}/claims`, claim({ group: other, credibility: 6 }));
    expect(six.status).toBe(201);
  });

  it('rules across fields are 422 naming the field: min above max, lat without lon, validTo before validFrom', async () => {
    await rejects('/v1/incidents', incident({ casualties: { killedMin: 10, killedMax: 2 } }), 422, [
      'casualties.killedMax',
    ]);
    await rejects('/v1/incidents', incident({ location: { country: 'PK', lat: 34 } }), 422, ['location.lon']);
    await rejects(
      `/v1/groups/${groupId}/aliases`,
      { alias: 'Later', validFrom: '2020', validTo: '2019' },
      422,
      ['validTo'],
      'analyst',
    );
  });

  it('a correction that changes nothing is 422 naming fields', async () => {
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { type: 'bombing' }, reason: 'r' }, 422, [
      'fields',
    ]);
  });
});

describe('path parameters', () => {
  it('a malformed UUID in the path is 400 problem+json; nothing recorded', async () => {
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      ['/v1/incidents/not-a-uuid/claims', claim(), 'reporter'],
      [`/v1/incidents/${incidentId}/claims/12345/sources`, { sourceId }, 'reporter'],
      [
        `/v1/incidents/${incidentId}/claims/xyz/retractions`,
        { retractedAt: '2023-07-13T00:00:00Z', sourceId },
        'reporter',
      ],
      ['/v1/incidents/1/denials', { group: 'TTP', deniedAt: '2023-07-13T00:00:00Z', sourceId }, 'reporter'],
      [`/v1/incidents/${incidentId}/attributions/abc/withdrawal`, { reason: 'r' }, 'analyst'],
      ['/v1/groups/ttp/aliases', { alias: 'x' }, 'analyst'],
      [`/v1/groups/${groupId}/relations/abc/withdrawal`, { reason: 'r' }, 'analyst'],
      ['/v1/sources/dawn/ratings', { reliability: 'A', reason: 'r' }, 'analyst'],
      ['/v1/reviews/review-1/resolution', { decision: 'uphold', note: 'n' }, 'analyst'],
    ];
    for (const [path, body, role] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expectProblem(res, 400);
    }
  });

  it('an unknown route is a 404 problem+json', async () => {
    const res = await post('/v1/incidents/claims/everything', {});
    expectProblem(res, 404);
  });
});
