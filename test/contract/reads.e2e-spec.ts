// Every read and operator call of docs/API.md through the real app, with their error answers, so the
// conformance check (record-responses.setup.ts) sees each read operation's answers too: the write
// suites in test/e2e exercise the writes. Outcomes are asserted here; shapes by the document.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECTIONS, type ProjectionRunner } from '@app/projections';
import { ReadAfterWrite, type Role } from '../support/read-after-write.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { obliterateMaintenanceQueue } from '../support/redis-cleanup.js';
import { getText } from '../support/http-text.js';
import { startProjectionRunner } from '../support/projections.js';

const QUEUE_PREFIX = `{ct-contract-${randomBytes(4).toString('hex')}}`;
const GTD_CSV = readFileSync(new URL('../fixtures/gtd/synthetic.csv', import.meta.url));

let t: TestApp;
let runner: ProjectionRunner;
const ids = { source: '', front: '', brigade: '', incident: '', other: '', claim: '', importId: '', firstPosition: 0 };

let api: ReadAfterWrite;
const post = (path: string, role: Role, body: object): Promise<{ id: string; position: number }> =>
  api.post(path, role, body);
const get = (path: string, role: Role = 'reporter') => api.get(path, role);
const read = (path: string, role: Role = 'reporter') => api.read(path, role);

beforeAll(async () => {
  // Reads wait for the projections: a loaded CI machine needs seconds, and the one 503 below waits this long.
  t = await createTestApp('contract_reads', { QUEUE_PREFIX, MIN_POSITION_WAIT_MS: '5000' });
  api = new ReadAfterWrite(t);
  runner = startProjectionRunner(t.tdb);
  ids.source = (await post('/v1/sources', 'reporter', { name: 'Dawn', kind: 'news', reliability: 'B' })).id;
  await post(`/v1/sources/${ids.source}/ratings`, 'analyst', { reliability: 'C', reason: 'two corrections this year' });
  ids.front = (await post('/v1/groups', 'analyst', { name: 'Contract Front', aliases: ['CF'], kind: 'militant' })).id;
  ids.brigade = (await post('/v1/groups', 'analyst', { name: 'Contract Brigade', kind: 'militant' })).id;
  await post(`/v1/groups/${ids.brigade}/relations`, 'analyst', {
    relation: 'splinter_of',
    otherGroup: ids.front,
    validFrom: '2014-08',
  });
  const reported = await post('/v1/incidents', 'reporter', {
    occurredAt: '2023-07-12',
    location: { country: 'PK', place: 'Peshawar' },
    type: 'bombing',
    sourceIds: [ids.source],
  });
  ids.incident = reported.id;
  ids.firstPosition = reported.position;
  ids.claim = (await api.claim(ids.incident, 'CF', '2023-07-12T18:00:00Z', ids.source)).id;
  await api.retract(ids.incident, ids.claim, '2023-07-13T09:00:00Z', ids.source, 'mosques are off limits');
  await api.deny(ids.incident, ids.brigade, '2023-07-13T10:00:00Z', ids.source);
  ids.other = (
    await post('/v1/incidents', 'reporter', {
      occurredAt: '2023-08',
      location: { country: 'PK' },
      type: 'armed_assault',
    })
  ).id;
  await api.claim(ids.other, 'CF', '2023-08-20T12:00:00Z', ids.source, { channel: 'video', credibility: 2 });
  await api.attribute(ids.other, ids.brigade, 70, 'modus operandi', [ids.source]);
  await post(`/v1/incidents/${ids.other}/corrections`, 'reporter', {
    fields: { target: 'police post' },
    reason: 'later reports',
  });
  const imported = await t.http
    .post('/v1/admin/imports')
    .set(bearer(t.keys.admin))
    .attach('file', GTD_CSV, 'synthetic.csv');
  if (imported.status !== 202) throw new Error(`import: ${imported.status} ${imported.text}`);
  ids.importId = imported.body.id;
  for (const until = Date.now() + 60_000; ;) {
    const status = (await get(`/v1/admin/imports/${ids.importId}`, 'admin')).body;
    if (status.status === 'succeeded') {
      api.saw(status.lastPosition ?? 0);
      break;
    }
    if (status.status === 'failed' || Date.now() > until)
      throw new Error(`import did not succeed: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);

afterAll(async () => {
  await runner?.stop();
  await obliterateMaintenanceQueue(QUEUE_PREFIX);
  await t?.close();
});

describe('the incident picture', () => {
  it('answers now, as of a position and a time, and 404 before the incident or for an unknown id', async () => {
    const now = await read(`/v1/incidents/${ids.incident}`);
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({
      id: ids.incident,
      status: 'retracted',
      claims: [{ id: ids.claim, status: 'retracted', groupName: 'Contract Front' }],
    });
    expect((await get(`/v1/incidents/${ids.incident}?asOfPosition=${ids.firstPosition}`)).body).toMatchObject({
      status: 'unclaimed',
      claims: [],
      asOfPosition: ids.firstPosition,
    });
    expect((await get(`/v1/incidents/${ids.incident}?asOf=2999-01-01T00:00:00Z`)).body).toMatchObject({
      status: 'retracted',
      asOfPosition: null,
    });
    expect((await get(`/v1/incidents/${ids.incident}?asOf=2001-01-01`)).status).toBe(404);
    expect((await get(`/v1/incidents/${ids.brigade}`)).status).toBe(404);
    expect((await get(`/v1/incidents/${ids.incident}?asOf=yesterday`)).status).toBe(400);
  });

  it('has a history of every event, oldest first', async () => {
    const res = await read(`/v1/incidents/${ids.incident}/history`);
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual([
      'IncidentReported',
      'ClaimRecorded',
      'ClaimRetracted',
      'ClaimDenied',
    ]);
    expect((await get(`/v1/incidents/${ids.other}/history?minPosition=x`)).status).toBe(400);
    expect((await get(`/v1/incidents/${ids.front}/history`)).status).toBe(404);
  });
});

describe('lists', () => {
  it('pages incidents with a cursor and refuses an unknown country or a forged cursor', async () => {
    const first = await read('/v1/incidents?limit=1&country=PK');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get(`/v1/incidents?limit=1&country=PK&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    // Imported incidents carry GTD's own fields.
    expect((await get('/v1/incidents?limit=500')).body.items.some((i: { gtd?: object }) => i.gtd)).toBe(true);
    expect((await get(`/v1/incidents?group=CF&status=attributed`)).body.items.map((i: { id: string }) => i.id)).toEqual(
      [ids.other],
    );
    expect((await get('/v1/incidents?country=Atlantis')).status).toBe(422);
    expect((await get('/v1/incidents?cursor=forged')).status).toBe(400);
  });

  it(
    'answers groups, a group with its relations, ' + 'its ledger, sources, retractions, reviews and mismatches',
    async () => {
      expect((await read('/v1/groups?q=contract')).body.items.map((g: { id: string }) => g.id)).toContain(ids.front);
      expect((await read(`/v1/groups/${ids.brigade}`)).body.relations).toMatchObject([
        { relation: 'splinter_of', otherGroupId: ids.front, otherGroupName: 'Contract Front' },
      ]);
      expect((await get(`/v1/groups/${ids.incident}`)).status).toBe(404);
      expect((await read(`/v1/groups/${ids.front}/ledger`)).body).toMatchObject({
        totals: { claims: 2, retractions: 1 },
        retractionRate: 0.5,
      });
      expect((await get(`/v1/groups/${ids.incident}/ledger`)).status).toBe(404);
      expect(
        (await read('/v1/sources?limit=500')).body.items.find((s: { id: string }) => s.id === ids.source),
      ).toMatchObject({ reliability: 'C' });
      expect((await read('/v1/retractions?group=CF')).body.items).toMatchObject([
        { claimId: ids.claim, hoursToRetraction: 15 },
      ]);
      expect((await read('/v1/reviews?status=open')).body).toEqual({ items: [], nextCursor: null });
      expect((await read('/v1/analytics/claim-attribution-mismatches')).body.items).toContainEqual({
        incidentId: ids.other,
        claimedBy: [ids.front],
        attributedTo: [ids.brigade],
        claimedByNames: ['Contract Front'],
        attributedToNames: ['Contract Brigade'],
      });
      expect((await get('/v1/groups?sort=name')).status).toBe(400);
    },
  );

  it('waits for minPosition, then answers 503 with Retry-After; reads need a key', async () => {
    const ahead = await get(`/v1/sources?minPosition=${api.head + 1000}`);
    expect(ahead.status).toBe(503);
    expect(ahead.headers['retry-after']).toEqual(expect.any(String));
    expect((await t.http.get('/v1/retractions')).status).toBe(401);
  });
});

describe('operations', () => {
  it('shows the read models, starts a rebuild once (409 while it runs) and reports it', async () => {
    const models = await read('/v1/admin/projections', 'admin');
    expect(models.body.items.map((m: { name: string }) => m.name).sort()).toEqual(
      PROJECTIONS.map((p) => p.name).sort(),
    );
    expect((await get('/v1/admin/projections', 'analyst')).status).toBe(403);
    const started = await t.http.post('/v1/admin/projections/sources/rebuild').set(bearer(t.keys.admin));
    expect(started.status).toBe(202);
    const again = await t.http.post('/v1/admin/projections/sources/rebuild').set(bearer(t.keys.admin));
    expect(again.status).toBe(409);
    expect(again.body.id).toBe(started.body.id);
    expect((await get(`/v1/admin/rebuilds/${started.body.id}`, 'admin')).body).toMatchObject({
      id: started.body.id,
      projection: 'sources',
      status: 'running',
    });
    expect((await get(`/v1/admin/rebuilds/${ids.incident}`, 'admin')).status).toBe(404);
    expect((await t.http.post('/v1/admin/projections/nonsense/rebuild').set(bearer(t.keys.admin))).status).toBe(400);
  });

  it('reports imports, failed jobs, the ledger and health', async () => {
    expect((await get(`/v1/admin/imports/${ids.importId}`, 'admin')).body).toMatchObject({
      id: ids.importId,
      status: 'succeeded',
      rows: expect.any(Number),
    });
    expect((await get(`/v1/admin/imports/${ids.incident}`, 'admin')).status).toBe(404);
    expect(
      (
        await t.http
          .post('/v1/admin/imports')
          .set(bearer(t.keys.admin))
          .attach('file', Buffer.from('a,b\n1,2\n'), 'x.csv')
      ).status,
    ).toBe(422);
    expect((await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).field('note', 'no file')).status).toBe(
      400,
    );
    expect((await get('/v1/admin/jobs/failed?limit=5&minPosition=0', 'admin')).body).toEqual({
      items: expect.any(Array),
    });
    expect((await read('/v1/ledger/verify')).body).toMatchObject({ ok: true });
    expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
    expect([200, 503]).toContain((await t.http.get('/health')).status);
  });

  it('exports events, incidents and STIX, and names a bad parameter', async () => {
    const ndjson = await getText(t, '/v1/exports/events.ndjson');
    expect(ndjson.status).toBe(200);
    expect(ndjson.body.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(api.head);
    const csv = await get('/v1/exports/incidents.csv?from=2023-01-01', 'admin');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n')[0]).toContain('id');
    const stix = await get('/v1/exports/stix?from=2023-07-01&to=2023-07-31', 'admin');
    expect(stix.status).toBe(200);
    expect(stix.body.type).toBe('bundle');
    expect((await get(`/v1/exports/events.ndjson?fromPosition=${api.head + 1000}`, 'admin')).status).toBe(422);
    expect((await get('/v1/exports/stix?from=soon', 'admin')).status).toBe(400);
    expect((await get('/v1/exports/incidents.csv')).status).toBe(403);
  });
});
