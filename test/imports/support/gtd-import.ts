// The import the GTD mapping and export suites share (gtd-mapping, gtd-exports): a small hand-made
// GTD file with the columns the shared extract lacks (eventid, claims, certainty, summary), imported
// once through the API, and the incidents it made by GTD eventid. The `let` bindings are live ES
// module exports, set by useGtdImport's beforeAll.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from '@jest/globals';
import { getText } from '../../support/http-text.js';
import { bearer, createTestApp, type TestApp } from '../../support/test-app.js';
import { catchUpReadModels } from './read-models.js';
import { COLUMNS, TTP } from '../../../scripts/synthetic-gtd/tables.mjs';

// GTD's columns in GTD's order, as the synthetic file has them; the importer reads a column by name
// (so an empty one it does not read changes nothing, not even a row's content hash).
export { COLUMNS, TTP };
export type Cells = Partial<Record<(typeof COLUMNS)[number], string>>;

export const BASE: Cells = {
  iyear: '2014',
  imonth: '1',
  iday: '1',
  country_txt: 'Pakistan',
  provstate: 'Khyber Pakhtunkhwa',
  city: 'Peshawar',
  latitude: '34.0',
  longitude: '71.5',
  multiple: '0',
  success: '1',
  suicide: '0',
  attacktype1_txt: 'Bombing/Explosion',
  targtype1_txt: 'Police',
  corp1: 'Police Lines',
  gname: 'Unknown',
  claimed: '0',
  nkill: '0',
  nwound: '0',
};
export const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const line = (cells: Cells) => COLUMNS.map((c) => quote({ ...BASE, ...cells }[c] ?? '')).join(',');

export const A: Cells = {
  eventid: '201401010001',
  suicide: '1',
  gname: TTP,
  guncertain1: '0',
  claimed: '1',
  claimmode: '7',
  nkill: '5',
  nwound: '12',
  summary: 'Suicide bombing at police lines',
};
export const B: Cells = {
  eventid: '201402000001',
  imonth: '2',
  iday: '0',
  approxdate: 'February 2014',
  provstate: 'Balochistan',
  city: 'Quetta',
  attacktype1_txt: 'Armed Assault',
  gname: 'Lashkar-e-Jhangvi',
  guncertain1: '1',
  claimed: '1',
  claimmode: '1',
  gname2: TTP,
  guncertain2: '0',
  claim2: '1',
  claimmode2: '6',
  compclaim: '1',
  nkill: '',
  nwound: '',
};
export const C: Cells = {
  eventid: '201400000001',
  imonth: '0',
  iday: '0',
  city: 'Unknown',
  attacktype1_txt: 'Unknown',
};
export const F: Cells = {
  eventid: '',
  iyear: '2015',
  imonth: '3',
  iday: '3',
  gname: 'Baloch Liberation Army (BLA)',
  summary: 'Line one\nline two, "quoted"',
};
export const G: Cells = {
  eventid: '',
  iyear: '2016',
  imonth: '5',
  iday: '5',
  provstate: 'Sindh',
  city: 'Karachi',
  attacktype1_txt: 'Armed Assault',
};
export const N: Cells = {
  eventid: '201405050001',
  imonth: '5',
  iday: '5',
  gname: TTP,
  guncertain1: '1',
  claimed: '1',
  gname2: TTP,
  claim2: '1',
};

/** Line numbers in comments: the header is line 1; F spans lines 7–8. */
export const FILE_TEXT =
  [
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

export const EXPECTED_ERRORS = [
  { line: 5, message: expect.stringMatching(/^iday: 2013-02-30 is not a calendar date/) },
  { line: 6, message: expect.stringMatching(/^nkill: expected a whole number/) },
  { line: 11, message: expect.stringMatching(/^country_txt: "Atlantis"/) },
  { line: 12, message: expect.stringMatching(/^attacktype1_txt: unknown attack type/) },
  { line: 13, message: expect.stringMatching(/^unreadable CSV record/) },
  { line: 15, message: expect.stringMatching(/^longitude: /) },
];

export let t: TestApp;
export let dir: string;
export let file: string;
export let ttpId: string;
export let gtdSourceId: string;
export let first: any;
export const byEventId = new Map<string, any>();
export let incidents: any[] = [];

export async function waitFor(id: string): Promise<any> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const s = await t.http.get(`/v1/admin/imports/${id}`).set(bearer(t.keys.admin));
    expect(s.status).toBe(200);
    if (s.body.status === 'succeeded' || s.body.status === 'failed') return s.body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${s.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function upload(text: string, name = 'gtd.csv'): Promise<any> {
  const res = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).attach('file', Buffer.from(text), name);
  expect(res.status).toBe(202);
  return waitFor(res.body.id);
}

export async function get(path: string, key = t.keys.reporter): Promise<any> {
  const res = await t.http.get(path).set(bearer(key));
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function post(path: string, body: object, key: string): Promise<any> {
  const res = await t.http.post(path).set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const text = (path: string) => getText(t, path);

export async function loadIncidents(): Promise<void> {
  await catchUpReadModels(t.tdb.app.db);
  incidents = (await get('/v1/incidents?limit=500')).items;
  byEventId.clear();
  for (const i of incidents) if (i.gtd?.eventid) byEventId.set(i.gtd.eventid, i);
}

/** Registers the suite's beforeAll (app, the TTP group, the file imported once) and afterAll under `label`. */
export function useGtdImport(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label);
    dir = mkdtempSync(join(tmpdir(), 'ct-gtd-'));
    file = join(dir, 'gtd.csv');
    writeFileSync(file, FILE_TEXT);
    ttpId = (
      await post(
        '/v1/groups',
        { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' },
        t.keys.analyst,
      )
    ).id;
    first = await upload(FILE_TEXT);
    await loadIncidents();
    gtdSourceId = (await get('/v1/sources')).items.find((s: any) => s.name === 'Global Terrorism Database (START)').id;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });
}
