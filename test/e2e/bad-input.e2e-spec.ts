// Bad input (docs/API.md "Writes" and the problem+json rule): a 4xx problem+json, never a 500, and
// nothing recorded. Here what is wrong before any field: bodies that are not a JSON object,
// strings Postgres cannot store, prototype-named fields, malformed path parameters. Fields of the
// wrong type, unknown, missing or out of range: bad-input-fields.e2e-spec.ts.
import { describe, expect, it } from '@jest/globals';
import { bearer } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { expectNothingRecorded, expectProblem, type RoleName } from './support/e2e.js';
import {
  claim,
  groupId,
  incident,
  incidentId,
  post,
  seed,
  sourceId,
  t,
  useBadInputApp,
} from './support/bad-input-app.js';

useBadInputApp('e2e_bad_input');

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
  it(
    'unknown fields named constructor, prototype or __proto__ are ' +
      'refused like any unknown field (400 naming them); nothing recorded',
    async () => {
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
    },
  );
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
