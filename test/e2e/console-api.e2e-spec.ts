// Issue 15, the API side of the console: the feed GET /v1/changes (what was recorded in a window,
// newest first, with names, keyset-paged), GET /v1/search (groups, persons, incidents), GET /v1/me
// (the key's name and role), and the console served under /console/ (GET / redirects there,
// hashed assets immutable, deep links answered with the app's page, the CSP of 'self' only).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProjectionRunner } from '@app/projections';
import { ensureConsoleBuilt } from '../../scripts/build.mjs';
import { startProjectionRunner } from '../support/projections.js';
import { ReadAfterWrite } from '../support/read-after-write.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { expectProblem, Seeder } from './support/e2e.js';

let t: TestApp;
let runner: ProjectionRunner;
let api: ReadAfterWrite;
const ids: Record<string, string> = {};

const get = (path: string, key = t.keys.reporter) => t.http.get(path).set(bearer(key));
/** A read that waits for every write so far in the read models. */
const read = (path: string) => api.read(path);

beforeAll(async () => {
  ensureConsoleBuilt({ quiet: true });
  t = await createTestApp('e2e_console_api');
  const seed = new Seeder(t);
  api = new ReadAfterWrite(t);
  const ok = (path: string, role: 'reporter' | 'analyst', body: unknown) => api.post(path, role, body);
  ids.dawn = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
  ids.ttp = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
  ids.iskp = await seed.group('Islamic State Khorasan Province', ['ISKP']);
  ids.incident = await seed.incident({ occurredAt: '2023', summary: 'Mosque bombing in the Police Lines' });
  ids.claim = (await api.claim(ids.incident, 'TTP', '2023-07-12T18:00:00Z', ids.dawn)).id;
  await api.retract(ids.incident, ids.claim, '2023-07-13T08:00:00Z', ids.dawn, 'disowned');
  await api.deny(ids.incident, 'ISKP', '2023-07-13T09:00:00Z', ids.dawn);
  await api.attribute(ids.incident, 'ISKP', 70, 'police findings', [ids.dawn]);
  ids.person = (await ok('/v1/persons', 'reporter', { name: 'Feed Person', aliases: ['Abu Feed'] })).id;
  await ok(`/v1/persons/${ids.person}/affiliations`, 'analyst', {
    group: 'TTP',
    role: 'spokesperson',
    validFrom: '2019',
  });
  await ok('/v1/statements', 'reporter', {
    kind: 'announcement',
    madeAt: '2023-07',
    sourceId: ids.dawn,
    summary: 'A statement for the feed',
    author: { personId: ids.person },
  });
  runner = startProjectionRunner(t.tdb);
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('GET /v1/changes', () => {
  it(
    "lists the week's claims, retractions, denials, attributions, " +
      'affiliations and statements, newest first, with names',
    async () => {
      const res = await get('/v1/changes');
      expect(res.status).toBe(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items.map((c: any) => [c.kind, c.groupName ?? c.personName])).toEqual([
        ['statement', 'Feed Person'],
        ['affiliation', 'Tehreek-e-Taliban Pakistan'],
        ['attribution', 'Islamic State Khorasan Province'],
        ['denial', 'Islamic State Khorasan Province'],
        ['retraction', 'Tehreek-e-Taliban Pakistan'],
        ['claim', 'Tehreek-e-Taliban Pakistan'],
      ]);
      const positions = res.body.items.map((c: any) => c.position);
      expect([...positions].sort((a, b) => b - a)).toEqual(positions);
      const [statement, affiliation, attribution, , retraction, claim] = res.body.items;
      expect(claim).toEqual(
        expect.objectContaining({
          eventType: 'ClaimRecorded',
          at: '2023-07-12T18:00:00.000Z',
          incidentId: ids.incident,
          incidentLabel: 'Peshawar, PK, 2023',
          claimId: ids.claim,
          groupId: ids.ttp,
          detail: 'statement',
          actor: expect.stringContaining('reporter'),
        }),
      );
      expect(retraction).toEqual(expect.objectContaining({ at: '2023-07-13T08:00:00.000Z', detail: 'disowned' }));
      expect(attribution).toEqual(expect.objectContaining({ confidence: 70, detail: 'police findings', at: null }));
      expect(affiliation).toEqual(
        expect.objectContaining({
          personId: ids.person,
          personName: 'Feed Person',
          groupId: ids.ttp,
          detail: 'spokesperson',
        }),
      );
      expect(statement).toEqual(
        expect.objectContaining({
          personId: ids.person,
          at: '2023-07',
          detail: 'A statement for the feed',
          incidentId: null,
        }),
      );
    },
  );

  it('filters by group (id, name or alias) and pages with a keyset cursor without gaps or repeats', async () => {
    const ttp = await get('/v1/changes?group=ttp');
    expect(ttp.body.items.map((c: any) => c.kind)).toEqual(['affiliation', 'retraction', 'claim']);
    expect((await get(`/v1/changes?group=${ids.iskp}`)).body.items.map((c: any) => c.kind)).toEqual([
      'attribution',
      'denial',
    ]);
    expect((await get('/v1/changes?group=no-such-group')).body).toEqual({ items: [], nextCursor: null });
    const all = (await get('/v1/changes')).body.items.map((c: any) => c.position);
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/v1/changes?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      walked.push(...page.body.items.map((c: any) => c.position));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all);
  });

  it('takes a window on recorded time: before anything was recorded it is empty', async () => {
    expect((await get('/v1/changes?from=2020-01-01&to=2020-02-01')).body.items).toEqual([]);
    const wide = await get('/v1/changes?from=2020-01-01&to=2999-01-01');
    expect(wide.body.items).toHaveLength(6);
  });

  it('bad input is a 400 problem naming the parameter', async () => {
    expectProblem(await get('/v1/changes?from=2024-02-01&to=2024-01-01'), 400, 'from');
    // A malformed from beside a valid to was a 500 (the window rule ran on the raw string):
    // HARDENING_SIZE=full found it.
    expectProblem(
      await get(`/v1/changes?from=${encodeURIComponent('??\u200d☠️??')}&to=2030-01-01T00:00:00Z`),
      400,
      'from',
    );
    expectProblem(await get('/v1/changes?from=2024-01-01&to=not-a-time'), 400, 'to');
    expectProblem(await get('/v1/changes?cursor=WzBd'), 400, 'cursor');
    expectProblem(await get('/v1/changes?limit=0'), 400, 'limit');
    expectProblem(await get('/v1/changes?kind=claim'), 400, 'kind');
    expect((await t.http.get('/v1/changes')).status).toBe(401);
  });
});

describe('GET /v1/search and GET /v1/me', () => {
  it('finds groups by alias, persons by alias and incidents by place or summary', async () => {
    const ttp = await read('/v1/search?q=ttp');
    expect(ttp.status).toBe(200);
    expect(ttp.body.groups).toEqual([{ id: ids.ttp, name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'] }]);
    expect((await read('/v1/search?q=abu%20feed')).body.persons).toEqual([
      { id: ids.person, name: 'Feed Person', aliases: ['Abu Feed'] },
    ]);
    const place = await read('/v1/search?q=PESHAWAR');
    expect(place.body.incidents).toEqual([
      expect.objectContaining({
        id: ids.incident,
        place: 'Peshawar',
        status: 'attributed',
        occurredAt: expect.objectContaining({ value: '2023', precision: 'year' }),
      }),
    ]);
    expect((await read('/v1/search?q=police%20lines')).body.incidents.map((i: any) => i.id)).toEqual([ids.incident]);
    expect((await read('/v1/search?q=100%25')).body).toEqual({ groups: [], persons: [], incidents: [] });
    expectProblem(await get('/v1/search'), 400, 'q');
  });

  it("answers the calling key's name and role", async () => {
    for (const role of ['reporter', 'analyst', 'admin'] as const) {
      const res = await get('/v1/me', t.keys[role]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ keyId: expect.any(String), name: expect.any(String), role });
    }
    expect((await t.http.get('/v1/me')).status).toBe(401);
  });
});

describe('the console under /console/', () => {
  it('GET / redirects to /console/, which is the app page with the CSP of this origin only', async () => {
    const root = await t.http.get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/console/');
    const page = await t.http.get('/console/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
    expect(page.text).not.toMatch(/https?:\/\//);
  });

  it('serves hashed assets as immutable, deep links as the app page, and a missing asset as 404', async () => {
    const page = await t.http.get('/console/');
    const assets = [...page.text.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const a of assets) {
      const res = await t.http.get(a);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const deep = await t.http.get(`/console/incidents/${ids.incident}?asOf=2024-01-01`);
    expect(deep.status).toBe(200);
    expect(deep.text).toBe(page.text);
    expect((await t.http.get('/console/assets/no-such-chunk-abc123.js')).status).toBe(404);
    // A path climbing out of /console/ gets the app page, never a file of the checkout.
    const climb = await t.http.get('/console/../package.json');
    expect(climb.text).not.toContain('"name": "claimtrail"');
  });
});
