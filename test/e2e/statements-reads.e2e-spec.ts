// docs/API.md "Statements" (second round), the reads: GET /v1/statements (filters, pages),
// GET /v1/statements/{id} (assessments, citation, names; as of a position), and the track records
// GET /v1/persons/{id}/track-record and GET /v1/sources/{id}/track-record. Everything is written
// through the public API; a projection runner follows the log and every read passes minPosition.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { credibilityOf, incidentStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectionRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { expectProblem, type RoleName } from './support/e2e.js';
import { startProjectionRunner } from '../support/projections.js';

let t: TestApp;
let store: EventStore;
let runner: ProjectionRunner;
let last = 0;
const G = { ttp: '', iskp: '' };
const Src = { dawn: '', umar: '', idle: '' };
const P = { ehsan: '', khurasani: '', omar: '', quiet: '' };
const S = { s1: '', s2: '', s3: '', s4: '' };
let incident: string;
/** The position of S1's first assessment (doubtful), before the second (fabricated). */
let firstAssessment = 0;

const CITATION = {
  url: 'https://example.org/ehsan-video',
  headline: 'Spokesman alleges ties',
  publishedAt: '2021-03-05',
  archiveUrl: 'https://web.archive.org/web/2021/https://example.org/ehsan-video',
  quote: 'They work together',
  language: 'en',
};

async function post(path: string, body: object, role: RoleName = 'reporter'): Promise<any> {
  const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  last = Math.max(last, res.body.position);
  return res.body;
}

const get = (path: string, key: string | null = t.keys.reporter) => {
  const req = t.http.get(path);
  return key ? req.set(bearer(key)) : req;
};
/** A read that sees every write so far. */
const read = (path: string, key: string | null = t.keys.reporter) =>
  get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`, key);
const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((s) => s.id);

/**
 * A review of a claim resolved by an analyst through the API. The review is requested the way the
 * corroboration flow does it (a ReviewRequested on the incident's stream), without running the flow.
 */
async function review(incidentId: string, claimId: string, decision: 'uphold' | 'reject') {
  const reviewId = randomUUID();
  const stream = incidentStreamId(incidentId);
  await store.append(
    stream,
    [
      {
        type: 'ReviewRequested',
        data: { reviewId, claimId, reason: 'conflicting' },
        metadata: { actor: { keyId: 'system:corroboration', role: 'system' }, correlationId: 'statements-reads' },
      },
    ],
    { expectedVersion: (await store.readStream(stream)).length },
  );
  await post(`/v1/reviews/${reviewId}/resolution`, { decision, note: `${decision} after review` }, 'analyst');
}

async function statement(body: object): Promise<string> {
  return (await post('/v1/statements', { sourceId: Src.umar, summary: 'What was said', ...body })).id;
}
const assess = (id: string, verdict: string) =>
  post(`/v1/statements/${id}/assessments`, { verdict, basis: `judged ${verdict}` }, 'analyst');

beforeAll(async () => {
  t = await createTestApp('e2e_statement_reads');
  store = new EventStore(t.tdb.app.db);
  runner = startProjectionRunner(t.tdb, { store });
  Src.dawn = (await post('/v1/sources', { name: 'Dawn', kind: 'news', reliability: 'B' })).id;
  Src.umar = (await post('/v1/sources', { name: 'Umar Media', kind: 'group_channel', reliability: 'F' })).id;
  Src.idle = (await post('/v1/sources', { name: 'Idle Wire', kind: 'news', reliability: 'C' })).id;
  G.ttp = (await post('/v1/groups', { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'] }, 'analyst')).id;
  G.iskp = (await post('/v1/groups', { name: 'Islamic State Khorasan Province', aliases: ['ISKP'] }, 'analyst')).id;
  P.ehsan = (await post('/v1/persons', { name: 'Ehsanullah Ehsan', aliases: ['Ehsan'] })).id;
  P.khurasani = (await post('/v1/persons', { name: 'Muhammad Khurasani', aliases: ['Khurasani'] })).id;
  P.omar = (await post('/v1/persons', { name: 'Abu Omar' })).id;
  P.quiet = (await post('/v1/persons', { name: 'Quiet Person' })).id;
  incident = (
    await post('/v1/incidents', {
      occurredAt: '2021-02-17',
      location: { country: 'PK', admin1: null, place: 'Peshawar' },
      type: 'bombing',
      summary: 'Market bombing',
    })
  ).id;

  // Ehsan: one statement fabricated (after a first doubtful), one doubtful.
  S.s1 = await statement({
    kind: 'allegation',
    madeAt: '2021-03-05',
    author: { personId: 'Ehsan', groupId: 'TTP' },
    about: { groupIds: ['ISKP'], personIds: ['Abu Omar'], incidentIds: [incident] },
    citation: CITATION,
  });
  firstAssessment = (await assess(S.s1, 'doubtful')).position;
  await assess(S.s1, 'fabricated');
  S.s2 = await statement({ kind: 'threat', madeAt: '2021', author: { personId: P.ehsan } });
  await assess(S.s2, 'doubtful');
  // Khurasani: only authentic statements, both from Dawn.
  S.s3 = await statement({
    kind: 'announcement',
    madeAt: '2022-06',
    sourceId: Src.dawn,
    author: { personId: 'Muhammad Khurasani', groupId: G.ttp },
    about: { personIds: ['Ehsan'] },
  });
  await assess(S.s3, 'authentic');
  S.s4 = await statement({
    kind: 'pledge',
    madeAt: '2019-07-15',
    sourceId: Src.dawn,
    author: { personId: 'Khurasani' },
  });
  await assess(S.s4, 'authentic');
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('GET /v1/statements/{id}', () => {
  it(
    'answers the statement with every assessment in order, ' +
      'the latest standing as verdict, its citation, and names beside every id',
    async () => {
      const res = await read(`/v1/statements/${S.s1}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: S.s1,
        kind: 'allegation',
        madeAt: '2021-03-05',
        summary: 'What was said',
        authorPersonId: P.ehsan,
        authorPersonName: 'Ehsanullah Ehsan',
        authorGroupId: G.ttp,
        authorGroupName: 'Tehreek-e-Taliban Pakistan',
        about: {
          groups: [{ id: G.iskp, name: 'Islamic State Khorasan Province' }],
          persons: [{ id: P.omar, name: 'Abu Omar' }],
          incidents: [{ id: incident, occurredAt: '2021-02-17', country: 'PK', summary: 'Market bombing' }],
        },
        sourceId: Src.umar,
        sourceName: 'Umar Media',
        citation: CITATION,
        verdict: 'fabricated',
        assessments: [
          expect.objectContaining({ verdict: 'doubtful', basis: 'judged doubtful', recordedAt: expect.any(String) }),
          expect.objectContaining({ verdict: 'fabricated', basis: 'judged fabricated' }),
        ],
        version: 3,
        position: expect.any(Number),
      });
      expect(res.body.assessments[0].actor).toMatchObject({ role: 'analyst', name: 'analyst key' });
    },
  );

  it('asOfPosition: the statement as recorded then (one assessment, doubtful standing)', async () => {
    const res = await read(`/v1/statements/${S.s1}?asOfPosition=${firstAssessment}`);
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('doubtful');
    expect(res.body.assessments.map((a: { verdict: string }) => a.verdict)).toEqual(['doubtful']);
    expect(res.body.asOfPosition).toBe(firstAssessment);
    expect(res.body.authorPersonName).toBe('Ehsanullah Ehsan');
  });

  it('404 for an unknown statement, 400 naming a malformed id, 401 without a key', async () => {
    expectProblem(await read(`/v1/statements/${randomUUID()}`), 404);
    expectProblem(await read(`/v1/statements/${randomUUID()}?asOfPosition=1`), 404);
    expectProblem(await read('/v1/statements/not-a-uuid'), 400, 'id');
    expectProblem(await read(`/v1/statements/${S.s1}?asOf=2021-01-01&asOfPosition=3`), 400, 'asOfPosition');
    expectProblem(await read(`/v1/statements/${S.s1}`, null), 401);
  });
});

describe('GET /v1/statements', () => {
  it('every statement, most recent first, each with names', async () => {
    const res = await read('/v1/statements');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([S.s3, S.s1, S.s2, S.s4]);
    expect(res.body.nextCursor).toBeNull();
    const s3 = res.body.items[0];
    expect(s3).toMatchObject({
      authorPersonName: 'Muhammad Khurasani',
      authorGroupName: 'Tehreek-e-Taliban Pakistan',
      about: { persons: [{ id: P.ehsan, name: 'Ehsanullah Ehsan' }], groups: [], incidents: [] },
      sourceName: 'Dawn',
      verdict: 'authentic',
    });
  });

  it('author and about take an id, a name or an alias; kind, verdict and from/to filter', async () => {
    expect(ids(await read('/v1/statements?author=ehsan'))).toEqual([S.s1, S.s2]);
    expect(ids(await read(`/v1/statements?author=${P.khurasani}`))).toEqual([S.s3, S.s4]);
    expect(ids(await read('/v1/statements?author=TTP'))).toEqual([S.s3, S.s1]);
    expect(ids(await read(`/v1/statements?about=${encodeURIComponent('Islamic State Khorasan Province')}`))).toEqual([
      S.s1,
    ]);
    expect(ids(await read('/v1/statements?about=Ehsan'))).toEqual([S.s3]);
    expect(ids(await read(`/v1/statements?about=${incident}`))).toEqual([S.s1]);
    expect(ids(await read('/v1/statements?about=Nobody'))).toEqual([]);
    expect(ids(await read('/v1/statements?kind=pledge'))).toEqual([S.s4]);
    expect(ids(await read('/v1/statements?verdict=authentic'))).toEqual([S.s3, S.s4]);
    expect(ids(await read('/v1/statements?verdict=doubtful'))).toEqual([S.s2]);
    expect(ids(await read('/v1/statements?from=2021-06&to=2021-12'))).toEqual([S.s2]);
    expect(ids(await read('/v1/statements?from=2021&author=Ehsan&verdict=fabricated'))).toEqual([S.s1]);
  });

  it('cursor pages walk the list once', async () => {
    const first = await read('/v1/statements?limit=3');
    expect(ids(first)).toEqual([S.s3, S.s1, S.s2]);
    const second = await read(`/v1/statements?limit=3&cursor=${first.body.nextCursor}`);
    expect(ids(second)).toEqual([S.s4]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('400 naming a bad kind, verdict, date, range, cursor or limit; 401 without a key', async () => {
    expectProblem(await read('/v1/statements?kind=rumour'), 400, 'kind');
    expectProblem(await read('/v1/statements?verdict=true'), 400, 'verdict');
    expectProblem(await read('/v1/statements?from=2021-13'), 400, 'from');
    expectProblem(await read('/v1/statements?from=2022&to=2021'), 400, 'to');
    expectProblem(await read('/v1/statements?cursor=bm90LWEtY3Vyc29y'), 400, 'cursor');
    expectProblem(await read('/v1/statements?limit=501'), 400, 'limit');
    expectProblem(await read('/v1/statements?colour=red'), 400);
    expectProblem(await read('/v1/statements', null), 401);
  });
});

describe('track records', () => {
  it(
    'a person with one fabricated and one doubtful statement has a lower ' +
      'credibility than one with only authentic statements; the answer shows the counts',
    async () => {
      const ehsan = await read(`/v1/persons/${P.ehsan}/track-record`);
      const khurasani = await read(`/v1/persons/${P.khurasani}/track-record`);
      expect(ehsan.status).toBe(200);
      expect(khurasani.status).toBe(200);
      const noClaims = { total: 0, retracted: 0, rejected: 0, upheld: 0 };
      expect(ehsan.body).toMatchObject({
        id: P.ehsan,
        name: 'Ehsanullah Ehsan',
        statements: { total: 2, authentic: 0, doubtful: 1, fabricated: 1, unverified: 0, unassessed: 0 },
        claims: noClaims,
      });
      expect(khurasani.body).toMatchObject({
        name: 'Muhammad Khurasani',
        statements: { total: 2, authentic: 2, doubtful: 0, fabricated: 0, unverified: 0, unassessed: 0 },
        claims: noClaims,
      });
      expect(ehsan.body.credibility).toBeLessThan(khurasani.body.credibility);
      expect(ehsan.body.credibility).toBeLessThan(0.5);
      expect(khurasani.body.credibility).toBeGreaterThan(0.5);
      // credibility and basis are the domain's, from the counts shown.
      expect(ehsan.body).toMatchObject(credibilityOf(ehsan.body));
      expect(ehsan.body.basis).toMatch(/1 fabricated/);
    },
  );

  it('a person without any assessed record: zero counts, credibility null, a basis that says so', async () => {
    const res = await read(`/v1/persons/${P.quiet}/track-record`);
    expect(res.status).toBe(200);
    expect(res.body.statements.total).toBe(0);
    expect(res.body.credibility).toBeNull();
    expect(res.body.basis).toMatch(/no estimate/);
  });

  it(
    'the claims a person spoke for (spokespersonId) and a ' + 'source carried (first or added source) count by outcome',
    async () => {
      // Claim 1: TTP through Ehsan, reported by Dawn, Umar Media added later; then retracted.
      const c1 = (
        await post(`/v1/incidents/${incident}/claims`, {
          group: 'TTP',
          channel: 'statement',
          claimedAt: '2021-02-17T18:00:00Z',
          sourceId: Src.dawn,
          spokespersonId: 'Ehsan',
        })
      ).id;
      await post(`/v1/incidents/${incident}/claims/${c1}/sources`, { sourceId: Src.umar });
      await post(`/v1/incidents/${incident}/claims/${c1}/retractions`, {
        retractedAt: '2021-02-18T09:00:00Z',
        sourceId: Src.dawn,
      });
      // Claim 2: ISKP, reported by Umar Media, Ehsan speaking; rejected by a review.
      const c2 = (
        await post(`/v1/incidents/${incident}/claims`, {
          group: 'ISKP',
          channel: 'statement',
          claimedAt: '2021-02-17T19:00:00Z',
          sourceId: Src.umar,
          spokespersonId: P.ehsan,
        })
      ).id;
      await review(incident, c2, 'reject');
      // Claim 3, on another incident: TTP through Ehsan, reported by Umar Media; upheld by a review.
      const other = (
        await post('/v1/incidents', {
          occurredAt: '2021-04',
          location: { country: 'PK', admin1: null, place: null },
          type: 'armed_assault',
        })
      ).id;
      const c3 = (
        await post(`/v1/incidents/${other}/claims`, {
          group: G.ttp,
          channel: 'statement',
          claimedAt: '2021-04-20T10:00:00Z',
          sourceId: Src.umar,
          spokespersonId: 'Ehsanullah Ehsan',
        })
      ).id;
      await review(other, c3, 'uphold');

      const person = await read(`/v1/persons/${P.ehsan}/track-record`);
      expect(person.body.claims).toEqual({ total: 3, retracted: 1, rejected: 1, upheld: 1 });
      expect(person.body).toMatchObject(credibilityOf(person.body));
      // Khurasani spoke for none of them.
      expect((await read(`/v1/persons/${P.khurasani}/track-record`)).body.claims.total).toBe(0);

      const umar = await read(`/v1/sources/${Src.umar}/track-record`);
      expect(umar.status).toBe(200);
      expect(umar.body).toMatchObject({
        id: Src.umar,
        name: 'Umar Media',
        statements: { total: 2, authentic: 0, doubtful: 1, fabricated: 1, unverified: 0, unassessed: 0 },
        claims: { total: 3, retracted: 1, rejected: 1, upheld: 1 },
      });
      const dawn = await read(`/v1/sources/${Src.dawn}/track-record`);
      expect(dawn.body).toMatchObject({
        statements: { total: 2, authentic: 2 },
        claims: { total: 1, retracted: 1, rejected: 0, upheld: 0 },
      });
      expect(dawn.body).toMatchObject(credibilityOf(dawn.body));
      const idle = await read(`/v1/sources/${Src.idle}/track-record`);
      expect(idle.body).toMatchObject({ statements: { total: 0 }, claims: { total: 0 }, credibility: null });
    },
  );

  it('404 for an unknown person or source, 400 naming a malformed id, 401 without a key', async () => {
    expectProblem(await read(`/v1/persons/${randomUUID()}/track-record`), 404);
    expectProblem(await read(`/v1/sources/${randomUUID()}/track-record`), 404);
    // A source's id is not a person's.
    expectProblem(await read(`/v1/persons/${Src.umar}/track-record`), 404);
    expectProblem(await read('/v1/persons/ehsan/track-record'), 400, 'id');
    expectProblem(await read('/v1/sources/umar/track-record'), 400, 'id');
    expectProblem(await read(`/v1/persons/${P.ehsan}/track-record?verbose=1`), 400);
    expectProblem(await read(`/v1/persons/${P.ehsan}/track-record`, null), 401);
    expectProblem(await read(`/v1/sources/${Src.umar}/track-record`, null), 401);
  });
});
