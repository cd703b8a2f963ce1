// docs/API.md "Statements" (second round), the write side: POST /v1/statements (reporter) and
// POST /v1/statements/{id}/assessments (analyst). Each call: status, body, the event in the log
// with its actor; references by id, name or alias; 404/422 naming the field with nothing recorded;
// Idempotency-Key replay; assessments kept in order with the latest standing in the stream's fold.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { foldStatement } from '@app/domain';
import {
  expectIdempotentReplay,
  expectNothingRecorded,
  expectProblem,
  expectRecorded,
  expectWriteAnswer,
  streamEvents,
} from './support/e2e.js';
import { actor, iskp, post, s1, s2, seed, t, ttp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_statements');

let incidentId: string;
let khurasani: string;
let noorWali: string;

/**
 * A person through the public API once POST /v1/persons exists; until then its name reservation
 * only (what the resolver reads).
 */
async function person(name: string, aliases: string[] = []): Promise<string> {
  const res = await post('/v1/persons', { name, aliases }, 'reporter');
  if (res.status === 201) return res.body.id;
  if (res.status !== 404) throw new Error(`setup POST /v1/persons failed: ${res.status} ${res.text}`);
  const id = randomUUID();
  const { personNameKey } = await import('@app/domain');
  for (const [n, isAlias] of [[name, false], ...aliases.map((a) => [a, true])] as Array<[string, boolean]>)
    await sql`insert into person_names (name_key, name, person_id, is_alias)
              values (${personNameKey(n)}, ${n}, ${id}, ${isAlias})`.execute(t.tdb.owner.db);
  return id;
}

const body = (extra: Record<string, unknown> = {}) => ({
  kind: 'allegation',
  madeAt: '2024-03-12',
  sourceId: s2,
  summary: 'Alleges ties between an agency and ISKP',
  ...extra,
});

beforeAll(async () => {
  incidentId = await seed.incident();
  khurasani = await person('Muhammad Khurasani', ['Khurasani']);
  noorWali = await person('Noor Wali Mehsud', ['Abu Mansoor Asim']);
});

describe('POST /v1/statements', () => {
  it(
    'records a statement with author and subjects named by id, name or alias; ' +
      'the event carries the resolved ids and the reporter',
    async () => {
      const res = await post(
        '/v1/statements',
        body({
          author: { personId: 'khurasani', groupId: 'Pakistani Taliban' },
          about: { groupIds: ['ISKP', ttp, iskp], personIds: ['ABU MANSOOR ASIM'], incidentIds: [incidentId] },
          citation: { url: 'https://example.org/umar/1', quote: 'the agency armed them', language: 'ur' },
        }),
      );
      expectWriteAnswer(res, { version: 1 });
      await expectRecorded(t, res, {
        streamId: `statement-${res.body.id}`,
        type: 'StatementRecorded',
        data: {
          statementId: res.body.id,
          kind: 'allegation',
          madeAt: '2024-03-12',
          authorPersonId: khurasani,
          authorGroupId: ttp,
          about: { groupIds: [iskp, ttp], personIds: [noorWali], incidentIds: [incidentId] },
          sourceId: s2,
          citation: {
            url: 'https://example.org/umar/1',
            headline: null,
            publishedAt: null,
            archiveUrl: null,
            quote: 'the agency armed them',
            language: 'ur',
          },
          summary: 'Alleges ties between an agency and ISKP',
        },
        actor: actor('reporter'),
      });
    },
  );

  it('records an unattributed statement with a partial date and no subjects', async () => {
    const res = await post('/v1/statements', body({ kind: 'threat', madeAt: '2024-02', author: null }));
    expectWriteAnswer(res, { version: 1 });
    const [event] = await streamEvents(t.tdb.owner.db, `statement-${res.body.id}`);
    expect(event.data).toMatchObject({
      kind: 'threat',
      madeAt: '2024-02',
      authorPersonId: null,
      authorGroupId: null,
      about: { groupIds: [], personIds: [], incidentIds: [] },
      citation: null,
    });
  });

  it(
    'a re-sent create with the same id and body answers the first result; ' + 'other content under the id is 409',
    async () => {
      const id = randomUUID();
      const first = await post('/v1/statements', body({ id, author: { groupId: 'TTP' } }));
      expectWriteAnswer(first, { id, version: 1 });
      const again = await expectNothingRecorded(t, () =>
        post('/v1/statements', body({ id, author: { groupId: ttp } })),
      );
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const other = await expectNothingRecorded(t, () =>
        post('/v1/statements', body({ id, summary: 'Something else' })),
      );
      expectProblem(other, 409);
    },
  );

  it('Idempotency-Key: the same key and body replays the first answer and records one event', async () => {
    await expectIdempotentReplay(t, {
      path: '/v1/statements',
      key: `statement-${randomUUID()}`,
      body: body({ kind: 'pledge', summary: 'Pledges allegiance' }),
    });
  });

  it('without a key is 401, and nothing is recorded', async () => {
    const res = await expectNothingRecorded(t, () => t.http.post('/v1/statements').send(body()));
    expectProblem(res, 401);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['sourceId', () => body({ sourceId: randomUUID() }), 'sourceId'],
    ['author.personId', () => body({ author: { personId: 'Nobody Known' } }), 'author.personId'],
    ['author.groupId', () => body({ author: { groupId: randomUUID() } }), 'author.groupId'],
    ['about.groupIds.1', () => body({ about: { groupIds: ['TTP', 'Atlantis Front'] } }), 'about.groupIds.1'],
    ['about.personIds.1', () => body({ about: { personIds: [noorWali, randomUUID()] } }), 'about.personIds.1'],
    ['about.incidentIds.0', () => body({ about: { incidentIds: [randomUUID()] } }), 'about.incidentIds.0'],
  ])('an unknown reference in %s is 422 naming it; nothing recorded', async (_label, make, path) => {
    const res = await expectNothingRecorded(t, () => post('/v1/statements', make()));
    expectProblem(res, 422, path);
  });

  it('madeAt more than a day ahead is 422 naming madeAt; a day of skew is accepted', async () => {
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const res = await expectNothingRecorded(t, () => post('/v1/statements', body({ madeAt: later })));
    expectProblem(res, 422, 'madeAt');
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    expectWriteAnswer(await post('/v1/statements', body({ madeAt: soon })));
  });

  it('a malformed body is 400 naming each field; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      post('/v1/statements', body({ kind: 'rumour', madeAt: 'last week', citation: { url: 'javascript:alert(1)' } })),
    );
    expectProblem(res, 400, 'kind', 'madeAt', 'citation.url');
  });

  it(
    'a citation publishedAt that is no date (2015-99-99, a time of colons) ' +
      'is 400 naming citation.publishedAt; nothing recorded',
    async () => {
      for (const publishedAt of ['2015-99-99', '2015-01-01T::::', '2023-02-29']) {
        const citation = { url: 'https://news.example/a', publishedAt };
        const res = await expectNothingRecorded(t, () => post('/v1/statements', body({ citation })));
        expectProblem(res, 400, 'citation.publishedAt');
      }
      const ok = await post(
        '/v1/statements',
        body({ citation: { url: 'https://news.example/b', publishedAt: '2024-03-12T09:15' } }),
      );
      expectWriteAnswer(ok);
    },
  );
});

describe('POST /v1/statements/{id}/assessments', () => {
  let statementId: string;

  beforeAll(async () => {
    const res = await post('/v1/statements', body({ author: { personId: khurasani }, sourceId: s1 }));
    expectWriteAnswer(res);
    statementId = res.body.id;
  });

  it('keeps every assessment in order with its analyst; the latest stands in the fold', async () => {
    const first = await post(
      `/v1/statements/${statementId}/assessments`,
      { verdict: 'authentic', basis: 'Matches the channel' },
      'analyst',
    );
    expectWriteAnswer(first, { version: 2 });
    const assessmentId = first.body.id;
    await expectRecorded(t, first, {
      streamId: `statement-${statementId}`,
      type: 'StatementAssessed',
      data: { assessmentId, verdict: 'authentic', basis: 'Matches the channel' },
      actor: actor('analyst'),
    });
    const second = await post(
      `/v1/statements/${statementId}/assessments`,
      { verdict: 'fabricated', basis: 'Forged letterhead' },
      'admin',
    );
    expectWriteAnswer(second, { version: 3 });
    expect(second.body.id).not.toBe(assessmentId);

    const events = await streamEvents(t.tdb.owner.db, `statement-${statementId}`);
    const state = foldStatement(events)!;
    expect(state.assessments.map((a) => [a.assessmentId, a.verdict, a.actor?.role])).toEqual([
      [assessmentId, 'authentic', 'analyst'],
      [second.body.id, 'fabricated', 'admin'],
    ]);
    expect(state.verdict).toBe('fabricated');
    expect(state.version).toBe(3);
  });

  it('a reporter is 403 and a missing key 401; nothing recorded', async () => {
    const forbidden = await expectNothingRecorded(t, () =>
      post(`/v1/statements/${statementId}/assessments`, { verdict: 'doubtful', basis: 'x' }, 'reporter'),
    );
    expectProblem(forbidden, 403);
    const anonymous = await expectNothingRecorded(t, () =>
      t.http.post(`/v1/statements/${statementId}/assessments`).send({ verdict: 'doubtful', basis: 'x' }),
    );
    expectProblem(anonymous, 401);
  });

  it('an unknown statement is 404; a bad verdict or blank basis is 400 naming it; nothing recorded', async () => {
    const missing = await expectNothingRecorded(t, () =>
      post(`/v1/statements/${randomUUID()}/assessments`, { verdict: 'doubtful', basis: 'x' }, 'analyst'),
    );
    expectProblem(missing, 404);
    const bad = await expectNothingRecorded(t, () =>
      post(`/v1/statements/${statementId}/assessments`, { verdict: 'maybe', basis: '  ' }, 'analyst'),
    );
    expectProblem(bad, 400, 'verdict', 'basis');
  });

  it('Idempotency-Key: a re-sent assessment replays the first answer and adds no second assessment', async () => {
    await expectIdempotentReplay(t, {
      path: `/v1/statements/${statementId}/assessments`,
      key: randomUUID(),
      body: { verdict: 'doubtful', basis: 'Second channel contradicts it' },
      role: 'analyst',
    });
    const state = foldStatement(await streamEvents(t.tdb.owner.db, `statement-${statementId}`))!;
    expect(state.assessments.filter((a) => a.basis === 'Second channel contradicts it')).toHaveLength(1);
    expect(state.verdict).toBe('doubtful');
  });
});
