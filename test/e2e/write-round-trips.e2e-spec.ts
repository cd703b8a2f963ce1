// Issue 18 item 5: a keyed claim on the HTTP write path costs two statements once its group and
// source are known to the process: the incident stream's read, and one statement that appends the
// event and inserts the Idempotency-Key with the reply. The statements are counted where the
// process sends them (pg's Client#query, the real database behind it), not timed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import request from 'supertest';
import { bearer } from '../support/test-app.js';
import { expectProblem, expectWriteAnswer, streamEvents } from './support/e2e.js';
import { claimBody, iskp, post, seed, t, tjp, ttp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_write_round_trips');

// A second API on the same database stands for another process: it shares no in-process state.
let other: Awaited<ReturnType<typeof import('../../apps/api/src/bootstrap.js').createApiApp>>;
let second: ReturnType<typeof request>;
beforeAll(async () => {
  const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
  other = await createApiApp({ logger: false });
  await other.init();
  second = request(other.getHttpServer());
});
afterAll(async () => other?.close());

/** An incident reported through the other process: this one has never read or written it. */
async function incidentElsewhere(): Promise<string> {
  const res = await second
    .post('/v1/incidents')
    .set(bearer(t.keys.reporter))
    .send({ occurredAt: '2023-07-12', location: { country: 'PK', place: 'Quetta' }, type: 'bombing' });
  expectWriteAnswer(res);
  return res.body.id;
}

/** The statements this process sends while `act` runs (the API is in this process). */
async function statementsDuring<T>(act: () => Promise<T>): Promise<{ out: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
    // The API key cache's LISTEN connection and the health of pools are not the write's.
    if (typeof text === 'string' && !/\bapi_keys\b|LISTEN|pg_notify|NOTIFY/i.test(text)) statements.push(text);
    return (original as any).apply(this, args);
  } as typeof original;
  try {
    return { out: await act(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}

const keyed = (path: string, body: unknown, key = randomUUID()) =>
  t.http
    .post(path)
    .set(bearer(t.keys.reporter))
    .set('Idempotency-Key', key)
    .send(body as object);

describe('the HTTP write path', () => {
  let warmIncident: string;
  beforeAll(async () => {
    warmIncident = await seed.incident();
    // The groups by name and the source are looked up once, then known to the process.
    expectWriteAnswer(await keyed(`/v1/incidents/${warmIncident}/claims`, claimBody('TTP')));
    expectWriteAnswer(await keyed(`/v1/incidents/${warmIncident}/claims`, claimBody('ISKP')));
  });

  it(
    'a keyed claim with a known group and source is two statements: ' + 'the stream read and the append with its key',
    async () => {
      const incidentId = await incidentElsewhere();
      const key = randomUUID();
      const { out: res, statements } = await statementsDuring(() =>
        keyed(`/v1/incidents/${incidentId}/claims`, claimBody('ttp'), key),
      );
      expectWriteAnswer(res, { incidentId });
      expect(statements).toHaveLength(2);
      expect(statements[0]).toMatch(/from events/i);
      expect(statements[1]).toMatch(/claimtrail_append/);
      expect(statements[1]).toMatch(/insert into idempotency_keys/i);
      // The key holds the reply the client got, committed with the event.
      const { rows } = await sql<{ state: string; response_status: number; response_body: any }>`
      select state, response_status, response_body from idempotency_keys where idempotency_key = ${key}`.execute(
        t.tdb.owner.db,
      );
      expect(rows).toEqual([{ state: 'completed', response_status: 201, response_body: res.body }]);
      const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
      expect(events.map((e) => e.type)).toEqual(['IncidentReported', 'ClaimRecorded']);
      expect(events[1].metadata.idempotencyKey).toBe(key);

      // The same key and body again: the first reply, flagged, nothing new recorded.
      const again = await keyed(`/v1/incidents/${incidentId}/claims`, claimBody('ttp'), key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(res.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      // The same key with another body: 422 naming the header, nothing recorded.
      const other = await keyed(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP'), key);
      expectProblem(other, 422);
      expect(other.body.errors[0].path).toBe('header.Idempotency-Key');
      expect(await streamEvents(t.tdb.owner.db, `incident-${incidentId}`)).toHaveLength(2);
    },
  );

  it('the next write of an incident this process wrote decides on the state it remembers: one statement', async () => {
    const incidentId = await seed.incident();
    expectWriteAnswer(await keyed(`/v1/incidents/${incidentId}/claims`, claimBody('TTP')), { incidentId });
    const { out: res, statements } = await statementsDuring(() =>
      keyed(`/v1/incidents/${incidentId}/denials`, {
        group: 'ISKP',
        deniedAt: '2023-07-13T00:00:00Z',
        sourceId: claimBody('TTP').sourceId,
      }),
    );
    expectWriteAnswer(res, { incidentId, version: 3 });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/claimtrail_append/);
    const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
    expect(events.map((e) => e.type)).toEqual(['IncidentReported', 'ClaimRecorded', 'ClaimDenied']);
  });

  it(
    'a known group and source do not hide a missing incident: ' + '404, also with If-Match, and nothing recorded',
    async () => {
      const missing = randomUUID();
      const res = await post(`/v1/incidents/${missing}/claims`, claimBody('TTP'));
      expectProblem(res, 404);
      const withIfMatch = await t.http
        .post(`/v1/incidents/${missing}/claims`)
        .set(bearer(t.keys.reporter))
        .set('If-Match', '"1"')
        .send(claimBody('TTP'));
      expectProblem(withIfMatch, 404);
      // A missing incident answers before an unknown spokesperson.
      const spokesperson = await post(
        `/v1/incidents/${missing}/claims`,
        claimBody('TTP', { spokespersonId: 'Nobody' }),
      );
      expectProblem(spokesperson, 404);
      expect(await streamEvents(t.tdb.owner.db, `incident-${missing}`)).toEqual([]);
    },
  );

  it('only what exists is remembered: a source unknown at first is found once registered', async () => {
    const incidentId = await seed.incident();
    const sourceId = randomUUID();
    const before = await post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP', { sourceId }));
    expectProblem(before, 422);
    expect(before.body.errors[0].path).toBe('sourceId');
    await seed.post('/v1/sources', 'reporter', {
      id: sourceId,
      name: `Late ${sourceId}`,
      kind: 'news',
      reliability: 'C',
    });
    expectWriteAnswer(await post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP', { sourceId })), {
      incidentId,
    });
  });
});

describe('two API processes on one database', () => {
  it(
    'a state remembered here that the other process moved past: ' +
      'the write reloads and decides on the stream (409, nothing recorded)',
    async () => {
      const incidentId = await seed.incident();
      expectWriteAnswer(await keyed(`/v1/incidents/${incidentId}/claims`, claimBody('TTP')), { incidentId });
      const there = await second
        .post(`/v1/incidents/${incidentId}/claims`)
        .set(bearer(t.keys.reporter))
        .send(claimBody('ISKP'));
      expectWriteAnswer(there, { incidentId, version: 3 });
      // This process still remembers version 2 without ISKP's claim; the append's expected version refuses it.
      const again = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { channel: 'website' }));
      expectProblem(again, 409);
      const after = await keyed(`/v1/incidents/${incidentId}/claims`, claimBody('TJP'));
      expectWriteAnswer(after, { incidentId, version: 4 });
      const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
      expect(events.map((e) => [e.type, (e.data as { groupId?: string }).groupId ?? null])).toEqual([
        ['IncidentReported', null],
        ['ClaimRecorded', ttp],
        ['ClaimRecorded', iskp],
        ['ClaimRecorded', tjp],
      ]);
    },
  );

  it(
    'one key sent to both at once records one event; ' +
      'both answer 201 with the same body, the copy flagged Idempotent-Replayed',
    async () => {
      {
        const incidentId = await seed.incident();
        const keys = Array.from({ length: 20 }, () => randomUUID());
        const send = (client: ReturnType<typeof request>, key: string) =>
          client
            .post(`/v1/incidents/${incidentId}/corrections`)
            .set(bearer(t.keys.reporter))
            .set('Idempotency-Key', key)
            .send({ fields: { summary: `correction ${key}` }, reason: 'two processes' });
        const answers = await Promise.all(keys.map((key) => Promise.all([send(t.http, key), send(second, key)])));
        for (const [a, b] of answers) {
          expect([a.status, b.status]).toEqual([201, 201]);
          expect(b.body).toEqual(a.body);
          expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual([
            'true',
          ]);
        }
        const events = await streamEvents(t.tdb.owner.db, `incident-${incidentId}`);
        const perKey = keys.map((key) => events.filter((e) => e.metadata.idempotencyKey === key).length);
        expect(perKey).toEqual(keys.map(() => 1));
      }
    },
  );
});
