// GTD's codebook columns to events, bad rows, identical rows, re-imports, group matching, the
// import endpoints' contract, the CLI, and the three exports, on a small hand-made GTD file that
// has the columns the shared extract lacks (eventid, claims, certainty, summary).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { runCli } from '../../apps/cli/src/cli-program.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { catchUpReadModels } from './support/read-models.js';
import { checkStixBundle } from './support/stix21.js';

const COLUMNS = [
  'eventid', 'iyear', 'imonth', 'iday', 'approxdate', 'country_txt', 'provstate', 'city', 'latitude', 'longitude', 'multiple', 'success',
  'suicide', 'attacktype1_txt', 'targtype1_txt', 'corp1', 'gname', 'guncertain1', 'gname2', 'guncertain2', 'gname3', 'guncertain3',
  'claimed', 'claimmode', 'claim2', 'claimmode2', 'claim3', 'claimmode3', 'compclaim', 'nkill', 'nwound', 'summary',
] as const;
type Cells = Partial<Record<(typeof COLUMNS)[number], string>>;

const TTP = 'Tehrik-i-Taliban Pakistan (TTP)';
const BASE: Cells = {
  iyear: '2014', imonth: '1', iday: '1', country_txt: 'Pakistan', provstate: 'Khyber Pakhtunkhwa', city: 'Peshawar', latitude: '34.0', longitude: '71.5',
  multiple: '0', success: '1', suicide: '0', attacktype1_txt: 'Bombing/Explosion', targtype1_txt: 'Police', corp1: 'Police Lines', gname: 'Unknown',
  claimed: '0', nkill: '0', nwound: '0',
};
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: Cells) => COLUMNS.map((c) => quote({ ...BASE, ...cells }[c] ?? '')).join(',');

const A: Cells = { eventid: '201401010001', suicide: '1', gname: TTP, guncertain1: '0', claimed: '1', claimmode: '7', nkill: '5', nwound: '12', summary: 'Suicide bombing at police lines' };
const B: Cells = {
  eventid: '201402000001', imonth: '2', iday: '0', approxdate: 'February 2014', provstate: 'Balochistan', city: 'Quetta', attacktype1_txt: 'Armed Assault',
  gname: 'Lashkar-e-Jhangvi', guncertain1: '1', claimed: '1', claimmode: '1', gname2: TTP, guncertain2: '0', claim2: '1', claimmode2: '6', compclaim: '1', nkill: '', nwound: '',
};
const C: Cells = { eventid: '201400000001', imonth: '0', iday: '0', city: 'Unknown', attacktype1_txt: 'Unknown' };
const F: Cells = { eventid: '', iyear: '2015', imonth: '3', iday: '3', gname: 'Baloch Liberation Army (BLA)', summary: 'Line one\nline two, "quoted"' };
const G: Cells = { eventid: '', iyear: '2016', imonth: '5', iday: '5', provstate: 'Sindh', city: 'Karachi', attacktype1_txt: 'Armed Assault' };
const N: Cells = { eventid: '201405050001', imonth: '5', iday: '5', gname: TTP, guncertain1: '1', claimed: '1', gname2: TTP, claim2: '1' };

/** Line numbers in comments: the header is line 1; F spans lines 7–8. */
const FILE_TEXT = [
  COLUMNS.join(','), // 1
  line(A), // 2
  line(B), // 3
  line(C), // 4
  line({ eventid: '201302300001', iyear: '2013', imonth: '2', iday: '30' }), // 5: no 30 February
  line({ eventid: '201403010001', nkill: 'many' }), // 6: not a number
  line(F), // 7–8
  line(G), // 9
  line(G), // 10: identical to line 9, a distinct incident
  line({ eventid: '201406060001', country_txt: 'Atlantis' }), // 11
  line({ eventid: '201407070001', attacktype1_txt: 'Teleportation' }), // 12
  '1,2,3', // 13: too few cells
  line(A), // 14: line 2 again
  line({ eventid: '201408080001', longitude: '' }), // 15: a latitude without longitude
  line(N), // 16: one group in two slots
].join('\n') + '\n';

const EXPECTED_ERRORS = [
  { line: 5, message: expect.stringMatching(/^iday: 2013-02-30 is not a calendar date/) },
  { line: 6, message: expect.stringMatching(/^nkill: expected a whole number/) },
  { line: 11, message: expect.stringMatching(/^country_txt: "Atlantis"/) },
  { line: 12, message: expect.stringMatching(/^attacktype1_txt: unknown attack type/) },
  { line: 13, message: expect.stringMatching(/^unreadable CSV record/) },
  { line: 15, message: expect.stringMatching(/^longitude: /) },
];

let t: TestApp;
let dir: string;
let file: string;
let ttpId: string;
let gtdSourceId: string;
let first: any;
const byEventId = new Map<string, any>();
let incidents: any[] = [];

async function waitFor(id: string): Promise<any> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const s = await t.http.get(`/v1/admin/imports/${id}`).set(bearer(t.keys.admin));
    expect(s.status).toBe(200);
    if (s.body.status === 'succeeded' || s.body.status === 'failed') return s.body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${s.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function upload(text: string, name = 'gtd.csv'): Promise<any> {
  const res = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).attach('file', Buffer.from(text), name);
  expect(res.status).toBe(202);
  return waitFor(res.body.id);
}

async function get(path: string, key = t.keys.reporter): Promise<any> {
  const res = await t.http.get(path).set(bearer(key));
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function post(path: string, body: object, key: string): Promise<any> {
  const res = await t.http.post(path).set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function text(path: string): Promise<{ status: number; type: string; body: string }> {
  const res = await t.http.get(path).set(bearer(t.keys.admin)).buffer(true).parse((r, cb) => {
    let body = '';
    r.setEncoding('utf8');
    r.on('data', (c: string) => (body += c));
    r.on('end', () => cb(null, body));
  });
  return { status: res.status, type: String(res.headers['content-type']), body: res.body as string };
}

async function loadIncidents(): Promise<void> {
  await catchUpReadModels(t.tdb.app.db);
  incidents = (await get('/v1/incidents?limit=500')).items;
  byEventId.clear();
  for (const i of incidents) if (i.gtd?.eventid) byEventId.set(i.gtd.eventid, i);
}

beforeAll(async () => {
  t = await createTestApp('gtd-mapping');
  dir = mkdtempSync(join(tmpdir(), 'ct-gtd-'));
  file = join(dir, 'gtd.csv');
  writeFileSync(file, FILE_TEXT);
  ttpId = (await post('/v1/groups', { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' }, t.keys.analyst)).id;
  first = await upload(FILE_TEXT);
  await loadIncidents();
  gtdSourceId = (await get('/v1/sources')).items.find((s: any) => s.name === 'Global Terrorism Database (START)').id;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('GTD import: rows to events', () => {
  it('counts rows, adds the good ones, and reports bad ones by line without recording any of them', async () => {
    expect(first).toMatchObject({
      status: 'succeeded',
      rows: 14,
      skipped: 6,
      unchanged: 1,
      incidentsAdded: 7,
      groupsRegistered: 2,
      // source, 2 groups, TTP's alias for GTD's spelling, 7 incidents, 4 claims, 5 attributions
      added: 20,
      errors: EXPECTED_ERRORS,
      errorCount: 6,
      fileName: 'gtd.csv',
      progress: 1,
    });
    expect(first.actor).toMatchObject({ keyId: 'bootstrap-admin', role: 'admin' });
    expect(incidents).toHaveLength(7);
    for (const eventid of ['201302300001', '201403010001', '201406060001', '201407070001', '201408080001']) expect(byEventId.has(eventid)).toBe(false);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from events where metadata->>'correlationId' = ${first.id}`.execute(t.tdb.app.db);
    expect(rows[0].n).toBe(20);
  });

  it('maps date, place, type, target, casualties and flags, and keeps the GTD extras under gtd', () => {
    expect(byEventId.get('201401010001')).toMatchObject({
      occurredAt: { value: '2014-01-01', precision: 'day', earliest: '2014-01-01T00:00:00.000Z', latest: '2014-01-01T23:59:59.999Z' },
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34, lon: 71.5 },
      type: 'bombing',
      suicide: true,
      target: 'Police: Police Lines',
      casualties: { killedMin: 5, killedMax: 5, injuredMin: 12, injuredMax: 12 },
      summary: 'Suicide bombing at police lines',
      sourceIds: [gtdSourceId],
      gtd: { eventid: '201401010001', rowKey: 'gtd:201401010001', success: true, multiple: false, compclaim: null, approxdate: null },
    });
    expect(byEventId.get('201402000001')).toMatchObject({
      occurredAt: { value: '2014-02', precision: 'month', earliest: '2014-02-01T00:00:00.000Z', latest: '2014-02-28T23:59:59.999Z' },
      type: 'armed_assault',
      casualties: { killedMin: null, killedMax: null, injuredMin: null, injuredMax: null },
      gtd: { approxdate: 'February 2014', compclaim: true },
    });
    expect(byEventId.get('201400000001')).toMatchObject({
      occurredAt: { value: '2014', precision: 'year' },
      location: { place: null },
      type: 'unknown',
      status: 'unclaimed',
      claims: [],
      attributions: [],
    });
  });

  it('records claims with their channel and attributions with GTD certainty, matching TTP through its alias', async () => {
    const a = byEventId.get('201401010001');
    expect(a.status).toBe('attributed');
    expect(a.claims).toEqual([
      expect.objectContaining({ groupId: ttpId, groupName: 'Tehreek-e-Taliban Pakistan', channel: 'website', claimedAt: '2014-01-01T00:00:00.000Z', status: 'active', sourceIds: [gtdSourceId] }),
    ]);
    expect(a.attributions).toEqual([expect.objectContaining({ groupId: ttpId, confidence: 80, basis: 'dataset:gtd', sourceIds: [gtdSourceId], withdrawn: false })]);

    const b = byEventId.get('201402000001');
    const lej = b.claims.find((c: any) => c.groupName === 'Lashkar-e-Jhangvi');
    expect(b.claims.map((c: any) => [c.groupName, c.channel])).toEqual([
      ['Lashkar-e-Jhangvi', 'letter'],
      ['Tehreek-e-Taliban Pakistan', 'video'],
    ]);
    expect(b.competingClaims).toBe(true);
    expect(b.claims[1].competingGroupIds).toEqual([lej.groupId]);
    expect(b.attributions.map((x: any) => [x.groupName, x.confidence])).toEqual([
      ['Lashkar-e-Jhangvi', 40],
      ['Tehreek-e-Taliban Pakistan', 80],
    ]);

    // One group in two slots: one claim (unknown mode → other), one attribution, suspected → lower confidence.
    const n = byEventId.get('201405050001');
    expect(n.claims).toEqual([expect.objectContaining({ groupId: ttpId, channel: 'other' })]);
    expect(n.attributions).toEqual([expect.objectContaining({ groupId: ttpId, confidence: 40 })]);

    const groups = (await get('/v1/groups?limit=100')).items;
    expect(groups.find((g: any) => g.id === ttpId).aliases).toEqual(['TTP', TTP]);
    expect(groups.find((g: any) => g.name === 'Baloch Liberation Army (BLA)').aliases).toEqual(['Baloch Liberation Army', 'BLA']);
    expect(groups.find((g: any) => g.name === 'Lashkar-e-Jhangvi').aliases).toEqual([]);
    // The new names are reserved like any other: registering one again is a conflict.
    const dup = await t.http.post('/v1/groups').set(bearer(t.keys.analyst)).send({ name: 'bla' });
    expect(dup.status).toBe(409);

    const ledger = await get(`/v1/groups/${ttpId}/ledger`);
    expect(ledger.totals).toEqual({ claims: 3, retractions: 0, denials: 0, attributions: 3 });
    expect(ledger.byMonth.map((m: any) => m.month)).toEqual(['2014-01', '2014-02', '2014-05']);
  });

  it('keeps identical rows as distinct incidents and a quoted multi-line cell whole', () => {
    const karachi = incidents.filter((i) => i.location.place === 'Karachi');
    expect(karachi).toHaveLength(2);
    expect(karachi[0].id).not.toBe(karachi[1].id);
    expect(karachi.map((i) => i.gtd.rowKey.replace(/^sha256:[0-9a-f]{64}/, '')).sort()).toEqual(['#0', '#1']);
    expect(incidents.find((i) => i.summary?.startsWith('Line one')).summary).toBe('Line one\nline two, "quoted"');
  });

  it('adds nothing on a second import, also from the CLI in small batches, and reports changed rows', async () => {
    const before = await countEvents(t.tdb.app.db);
    const again = await upload(FILE_TEXT);
    expect(again).toMatchObject({ status: 'succeeded', rows: 14, added: 0, incidentsAdded: 0, unchanged: 8, skipped: 6, errors: EXPECTED_ERRORS, lastPosition: null });

    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number | undefined;
    let printed: unknown[][] = [];
    try {
      code = await runCli(['import-gtd', file, '--batch-size', '3', '--json']);
    } finally {
      printed = [...log.mock.calls];
      log.mockRestore();
      err.mockRestore();
    }
    expect(code).toBe(0);
    const summary = JSON.parse(String(printed[0][0]));
    expect(summary).toMatchObject({ status: 'succeeded', rows: 14, added: 0, unchanged: 8, skipped: 6 });
    expect(await get(`/v1/admin/imports/${summary.id}`, t.keys.admin)).toMatchObject({ status: 'succeeded', actor: { keyId: 'cli', role: 'admin', name: 'cli' } });

    // GTD revised a row: the import does not overwrite it (corrections are events of their own).
    const changed = await upload(`${COLUMNS.join(',')}\n${line({ ...A, nkill: '6' })}\n`);
    expect(changed).toMatchObject({ rows: 1, added: 0, skipped: 1, errors: [{ line: 2, message: expect.stringContaining('imported before with other content') }] });
    expect(await countEvents(t.tdb.app.db)).toBe(before);
  });
});

describe('import endpoints', () => {
  it('are admin-only, need a GTD file in the field "file", and 404 an unknown import', async () => {
    const analyst = await t.http.post('/v1/admin/imports').set(bearer(t.keys.analyst)).attach('file', Buffer.from(FILE_TEXT), 'gtd.csv');
    expect(analyst.status).toBe(403);
    const none = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ path: 'file', message: 'required' }]);
    const notGtd = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).attach('file', Buffer.from('a,b\n1,2\n'), 'other.csv');
    expect(notGtd.status).toBe(422);
    expect(notGtd.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(notGtd.body.errors[0]).toMatchObject({ path: 'file', message: expect.stringContaining('iyear') });
    const unknown = await t.http.get('/v1/admin/imports/7b0b8a0e-4b7f-4c1e-9d2a-3f5e6a7b8c9d').set(bearer(t.keys.admin));
    expect(unknown.status).toBe(404);
    expect((await t.http.get(`/v1/admin/imports/${first.id}`).set(bearer(t.keys.analyst))).status).toBe(403);
    const doc = await t.http.get('/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/admin/imports', '/v1/admin/imports/{id}', '/v1/exports/events.ndjson', '/v1/exports/incidents.csv', '/v1/exports/stix']),
    );
  });
});

describe('exports', () => {
  let claimA: string;
  let retraction: string;
  let denial: string;

  beforeAll(async () => {
    const a = byEventId.get('201401010001');
    claimA = a.claims[0].id;
    retraction = (await post(`/v1/incidents/${a.id}/claims/${claimA}/retractions`, { retractedAt: '2014-01-03T00:00:00Z', sourceId: gtdSourceId, reason: 'disowned' }, t.keys.reporter)).id;
    const c = byEventId.get('201400000001');
    denial = (await post(`/v1/incidents/${c.id}/denials`, { group: 'Lashkar-e-Jhangvi', deniedAt: '2014-06-01T00:00:00Z', sourceId: gtdSourceId, statement: 'not us' }, t.keys.reporter)).id;
    const b = byEventId.get('201402000001');
    await post(`/v1/incidents/${b.id}/claims/${b.claims[0].id}/authenticity`, { verdict: 'doubtful', basis: 'the letter is unsigned' }, t.keys.analyst);
    await loadIncidents();
  }, 60_000);

  it('are admin-only', async () => {
    for (const path of ['/v1/exports/events.ndjson', '/v1/exports/incidents.csv', '/v1/exports/stix']) {
      expect((await t.http.get(path).set(bearer(t.keys.analyst))).status).toBe(403);
    }
  });

  it('stream the log as NDJSON with positions, resumable after any line', async () => {
    const all = await text('/v1/exports/events.ndjson');
    expect(all.status).toBe(200);
    expect(all.type).toMatch(/^application\/x-ndjson/);
    const events = all.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(events).toHaveLength(await countEvents(t.tdb.app.db));
    expect(events[0]).toEqual({
      position: expect.any(Number),
      transactionId: expect.any(String),
      streamId: expect.any(String),
      streamType: expect.any(String),
      streamVersion: expect.any(Number),
      eventId: expect.any(String),
      type: expect.any(String),
      schemaVersion: 1,
      recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      data: expect.any(Object),
      metadata: expect.objectContaining({ actor: expect.any(Object) }),
    });
    for (const k of [1, 7, events.length - 1]) {
      const rest = await text(`/v1/exports/events.ndjson?fromPosition=${events[k - 1].position}`);
      const lines = rest.body.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines.map((e) => e.position)).toEqual(events.slice(k).map((e) => e.position));
    }
    const bad = await t.http.get('/v1/exports/events.ndjson?fromPosition=999999').set(bearer(t.keys.admin));
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('fromPosition');
  });

  it('give the current attribution picture as CSV', async () => {
    const res = await text('/v1/exports/incidents.csv');
    expect(res.status).toBe(200);
    const lines: Array<Record<string, string>> = parse(res.body, { columns: true });
    expect(lines).toHaveLength(7);
    const a = lines.find((l) => l.gtd_eventid === '201401010001')!;
    expect(a).toMatchObject({
      occurred_at: '2014-01-01',
      occurred_precision: 'day',
      country: 'PK',
      type: 'bombing',
      suicide: 'true',
      status: 'attributed',
      claimed_by: '',
      retracted_by: 'Tehreek-e-Taliban Pakistan',
      attributed_to: 'Tehreek-e-Taliban Pakistan',
      attributed_to_ids: ttpId,
      attribution_confidences: '80',
      killed_min: '5',
    });
    const b = lines.find((l) => l.gtd_eventid === '201402000001')!;
    expect(b).toMatchObject({ competing_claims: 'true', claimed_by: 'Lashkar-e-Jhangvi; Tehreek-e-Taliban Pakistan', attribution_confidences: '40; 80' });
    expect(lines.find((l) => l.gtd_eventid === '201400000001')).toMatchObject({ denied_by: 'Lashkar-e-Jhangvi', status: 'unclaimed' });
    expect(lines.some((l) => l.summary === 'Line one\nline two, "quoted"')).toBe(true);
    // Ordered by occurrence.
    expect(lines.map((l) => l.occurred_earliest)).toEqual([...lines.map((l) => l.occurred_earliest)].sort());
  });

  it('give a STIX 2.1 bundle that meets the specification, with claims, retractions, denials and opinions', async () => {
    const res = await text('/v1/exports/stix');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/stix\+json/);
    const bundle = JSON.parse(res.body);
    expect(checkStixBundle(bundle)).toEqual([]);
    const obj = (id: string) => bundle.objects.find((o: any) => o.id === id);
    const a = byEventId.get('201401010001');
    expect(obj(`incident--${a.id}`)).toMatchObject({ external_references: [{ source_name: 'gtd', external_id: '201401010001' }], x_claimtrail_occurred_at: '2014-01-01', x_claimtrail_location: { country: 'PK' } });
    expect(obj(`intrusion-set--${ttpId}`)).toMatchObject({ name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP', TTP] });
    expect(obj(`identity--${gtdSourceId}`)).toMatchObject({ name: 'Global Terrorism Database (START)', identity_class: 'organization', x_claimtrail_reliability: 'B' });
    expect(obj(`relationship--${a.attributions[0].id}`)).toMatchObject({ relationship_type: 'attributed-to', source_ref: `incident--${a.id}`, target_ref: `intrusion-set--${ttpId}`, confidence: 80 });
    expect(obj(`note--${claimA}`)).toMatchObject({ object_refs: [`incident--${a.id}`, `intrusion-set--${ttpId}`], x_claimtrail_kind: 'claim', x_claimtrail_status: 'retracted' });
    expect(obj(`note--${retraction}`)).toMatchObject({ object_refs: [`note--${claimA}`, `incident--${a.id}`, `intrusion-set--${ttpId}`], x_claimtrail_kind: 'retraction', x_claimtrail_retracted_at: '2014-01-03T00:00:00.000Z' });
    expect(obj(`note--${denial}`)).toMatchObject({ x_claimtrail_kind: 'denial' });
    const b = byEventId.get('201402000001');
    expect(bundle.objects.find((o: any) => o.type === 'opinion')).toMatchObject({ opinion: 'disagree', object_refs: [`note--${b.claims[0].id}`] });
    expect(obj(`relationship--${b.attributions[0].id}`)).toMatchObject({ confidence: 40 });

    const period = JSON.parse((await text('/v1/exports/stix?from=2016-01-01&to=2016-12-31')).body);
    expect(checkStixBundle(period)).toEqual([]);
    expect(period.objects.filter((o: any) => o.type === 'incident')).toHaveLength(2);
  });

  it('have CLI equivalents that write the same exports', async () => {
    const out = (name: string) => join(dir, name);
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runCli(['export-stix', '--out', out('b.json')])).toBe(0);
      expect(await runCli(['export-incidents', '--from', '2014-01-01', '--to', '2014-12-31', '--out', out('i.csv')])).toBe(0);
      expect(await runCli(['export-events', '--from-position', '0', '--out', out('e.ndjson')])).toBe(0);
      expect(await runCli(['export-events', '--from-position', '999999'])).toBe(2);
    } finally {
      err.mockRestore();
    }
    expect(checkStixBundle(JSON.parse(readFileSync(out('b.json'), 'utf8')))).toEqual([]);
    expect(parse(readFileSync(out('i.csv')), { columns: true })).toHaveLength(4);
    expect(readFileSync(out('e.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(await countEvents(t.tdb.app.db));
  });
});
