// The real GTD extract (GTD_FILE, default ../shared/data/…, never copied into the repo) through the
// product's own import endpoint, then the read side: every expectation here is worked out from the
// file itself with a plain CSV parse, independently of the import code. Without the file the suite
// reports one skipped test naming the path it looked at (a fresh clone has no licensed data).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { gtdFile, gtdFileExists, gtdFileMissing } from '../support/gtd-file.js';
import { getText } from '../support/http-text.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { catchUpReadModels } from './support/read-models.js';
import { checkStixBundle } from './support/stix21.js';

const FILE = gtdFile;

type Row = Record<string, string>;
const rows: Row[] = gtdFileExists ? parse(readFileSync(FILE), { columns: true, bom: true }) : [];

const period = (r: Row) => (r.imonth === '0' ? r.iyear : `${r.iyear}-${r.imonth.padStart(2, '0')}`);
/**
 * GTD's generic perpetrator labels in this extract (README "Imports and exports"): descriptions,
 * not groups. Stated with the rows naming each, as facts of the file checked below, not as a copy
 * of the importer's list.
 */
const GENERIC_ROWS: Record<string, number> = {
  Militants: 31,
  Gunmen: 23,
  Tribesmen: 7,
  Separatists: 4,
  'Muslim extremists': 7,
  'Sunni Muslim extremists': 4,
  'Baloch Nationalists': 25,
};
const GENERIC = new Set(Object.keys(GENERIC_ROWS));
const groupsOf = (r: Row) => [
  ...new Set([r.gname, r.gname2, r.gname3].filter((g) => g && g.trim() && g !== 'Unknown' && !GENERIC.has(g))),
];
const genericOf = (r: Row) => [r.gname, r.gname2, r.gname3].filter((g) => g && GENERIC.has(g));

/** Per GTD group name: its incidents by ledger period (month, or year when the month is unknown). */
const expected = new Map<string, Map<string, number>>();
for (const r of rows) {
  for (const g of groupsOf(r)) {
    const byPeriod = expected.get(g) ?? expected.set(g, new Map()).get(g)!;
    byPeriod.set(period(r), (byPeriod.get(period(r)) ?? 0) + 1);
  }
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const TTP = 'Tehrik-i-Taliban Pakistan (TTP)';

let t: TestApp;
let first: any;
let preRegisteredTtp: string;

async function importFile(): Promise<any> {
  const res = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).attach('file', FILE);
  expect(res.status).toBe(202);
  const deadline = Date.now() + 50_000;
  for (;;) {
    const s = await t.http.get(`/v1/admin/imports/${res.body.id}`).set(bearer(t.keys.admin));
    expect(s.status).toBe(200);
    if (s.body.status === 'succeeded' || s.body.status === 'failed') return s.body;
    if (Date.now() > deadline) throw new Error(`import still ${s.body.status} after 50 s: ${JSON.stringify(s.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function get(path: string): Promise<any> {
  const res = await t.http.get(path).set(bearer(t.keys.reporter));
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The group a GTD name was recorded under: its name, or one of its aliases. */
async function groupNamed(name: string): Promise<{ id: string; name: string; aliases: string[] }> {
  const { items } = await get(`/v1/groups?q=${encodeURIComponent(name)}&limit=100`);
  const hit = items.find((g: any) => g.name === name || g.aliases.includes(name));
  if (!hit) throw new Error(`no group named ${name}`);
  return hit;
}

if (gtdFileExists) {
  describe('GTD import of the real extract', realExtractTests);
} else {
  // Jest prints nothing of a suite whose tests are all skipped, so one test runs to say why (its
  // warning shows in the default output) and one is skipped (it shows in the totals).
  describe('GTD import of the real extract', () => {
    it(`is not run: ${gtdFileMissing}`, () => {
      console.warn(`SKIPPED the GTD real-data tests: ${gtdFileMissing}`);
      expect(gtdFileExists).toBe(false);
    });
    it.skip(`SKIPPED: ${gtdFileMissing}`, () => undefined);
  });
}

function realExtractTests(): void {
  beforeAll(async () => {
    t = await createTestApp('gtd-real');
    // A group an analyst registered before the import, under another spelling with GTD's acronym as alias.
    const ttp = await t.http
      .post('/v1/groups')
      .set(bearer(t.keys.analyst))
      .send({ name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'], kind: 'militant' });
    expect(ttp.status).toBe(201);
    preRegisteredTtp = ttp.body.id;
    first = await importFile();
    await catchUpReadModels(t.tdb.app.db);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('records every row as one incident, with no row skipped, and reports its rate', async () => {
    console.log(
      `GTD extract ${FILE}: ${first.rows} rows in ${first.rowsPerSecond} rows/s ` +
        `(import ${first.id}, ${first.added} events)`,
    );
    expect(first).toMatchObject({
      status: 'succeeded',
      rows: rows.length,
      skipped: 0,
      errors: [],
      incidentsAdded: 12_237,
      unchanged: 0,
    });
    expect(rows.length).toBe(12_237);
    expect(first.rowsPerSecond).toBeGreaterThan(0);
    const { rows: counts } = await sql<{
      type: string;
      n: number;
    }>`select type, count(*)::int as n from events group by type`.execute(t.tdb.app.db);
    const by = Object.fromEntries(counts.map((c) => [c.type, c.n]));
    const attributions = [...expected.values()].reduce((a, m) => a + total(m), 0);
    expect(by.IncidentReported).toBe(12_237);
    expect(by.AttributionAssessed).toBe(attributions);
    // 79 distinct gname values less "Unknown" and the 7 generic labels; TTP matched the group
    // registered before the import.
    expect(expected.size).toBe(71);
    expect(first.groupsRegistered).toBe(70);
    expect(by.GroupRegistered).toBe(71);
    expect(by.GroupAliasAdded).toBe(1);
    expect(by.SourceRegistered).toBe(1);
    expect(by.ClaimRecorded).toBeUndefined();
    expect(first.added).toBe(12_237 + attributions + 70 + 1 + 1);
    expect(first.lastPosition).toBe(
      await sql<{ p: number }>`select max(position) as p from events`
        .execute(t.tdb.app.db)
        .then((r) => Number(r.rows[0].p)),
    );
    // Every event carries the admin who started the import and the import as correlation id.
    const { rows: meta } = await sql<{ n: number }>`
      select count(*)::int as n from events
       where metadata->>'correlationId' = ${first.id}
         and metadata->'actor'->>'role' = 'admin' and metadata->'actor'->>'keyId' = 'bootstrap-admin'`.execute(
      t.tdb.app.db,
    );
    expect(meta[0].n).toBe(first.added);
  });

  it("matches GTD's names to existing groups through their aliases", async () => {
    const ttp = await groupNamed(TTP);
    expect(ttp.id).toBe(preRegisteredTtp);
    expect(ttp.name).toBe('Tehreek-e-Taliban Pakistan');
    expect(ttp.aliases).toEqual(expect.arrayContaining(['TTP', TTP]));
  });

  it("reports per-group attributions in each group's ledger as the file has them", async () => {
    let checked = 0;
    for (const [name, byPeriod] of expected) {
      const group = await groupNamed(name);
      const ledger = await get(`/v1/groups/${group.id}/ledger`);
      expect({ name, totals: ledger.totals }).toEqual({
        name,
        totals: { claims: 0, retractions: 0, denials: 0, attributions: total(byPeriod) },
      });
      const months = Object.fromEntries(ledger.byMonth.map((m: any) => [m.month, m.attributions]));
      expect({ name, months }).toEqual({ name, months: Object.fromEntries(byPeriod) });
      expect(ledger.retractionRate).toBeNull();
      checked++;
    }
    expect(checked).toBe(71);
    expect(total(expected.get(TTP)!)).toBe(1397);
  });

  it("keeps GTD's generic labels as the incident's perpetrator description, not as groups", async () => {
    const rowsNaming = (label: string) => rows.filter((r) => genericOf(r).includes(label)).length;
    expect(Object.fromEntries([...GENERIC].map((label) => [label, rowsNaming(label)]))).toEqual(GENERIC_ROWS);
    expect(rows.filter((r) => genericOf(r).length).length).toBe(101);
    const { items } = await get('/v1/groups?limit=500');
    for (const label of GENERIC)
      expect({ label, group: items.some((g: any) => g.name === label) }).toEqual({ label, group: false });
    const { rows: described } = await sql<{ description: string; n: number }>`
      select data->'gtd'->>'perpetratorDescription' as description, count(*)::int as n from events
       where type = 'IncidentReported' and data->'gtd' ? 'perpetratorDescription' group by 1 order by 1`.execute(
      t.tdb.app.db,
    );
    const fromFile = new Map<string, number>();
    for (const r of rows) {
      const g = genericOf(r);
      if (g.length) fromFile.set(g.join('; '), (fromFile.get(g.join('; ')) ?? 0) + 1);
    }
    expect(Object.fromEntries(described.map((d) => [d.description, d.n]))).toEqual(Object.fromEntries(fromFile));
    expect(fromFile.get('Militants')).toBe(31);
  });

  it('serves the imported incidents through the incident reads', async () => {
    // December 2007: every incident of the file in that month.
    const december = rows.filter((r) => r.iyear === '2007' && r.imonth === '12');
    const { items } = await get('/v1/incidents?from=2007-12-01&to=2007-12-31T23:59:59Z&limit=500');
    expect(items).toHaveLength(december.length);
    const first = december[0];
    const one = items.find(
      (i: any) => i.occurredAt.value === `2007-12-${first.iday.padStart(2, '0')}` && i.location.place === first.city,
    );
    expect(one).toMatchObject({
      location: {
        country: 'PK',
        admin1: first.provstate,
        place: first.city,
        lat: Number(first.latitude),
        lon: Number(first.longitude),
      },
      occurredAt: { precision: 'day' },
      casualties: {
        killedMin: Number(first.nkill),
        killedMax: Number(first.nkill),
        injuredMin: Number(first.nwound),
        injuredMax: Number(first.nwound),
      },
    });
    // TTP's incidents, all attributed to it with the dataset as basis.
    const ttp = await groupNamed(TTP);
    let cursor: string | null = null;
    let count = 0;
    do {
      const page: any = await get(`/v1/incidents?group=${ttp.id}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      for (const i of page.items) {
        expect(i.status).toBe('attributed');
        expect(i.attributions).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ groupId: ttp.id, confidence: 80, basis: 'dataset:gtd', withdrawn: false }),
          ]),
        );
      }
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    expect(count).toBe(1397);
  });

  it('exports the picture as CSV, the log as resumable NDJSON and a valid STIX 2.1 bundle', async () => {
    const csv = await getText(t, '/v1/exports/incidents.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines: Row[] = parse(csv.body, { columns: true });
    expect(lines).toHaveLength(12_237);
    expect(lines.filter((l) => l.attributed_to.split('; ').includes('Tehreek-e-Taliban Pakistan'))).toHaveLength(1397);
    expect(lines.filter((l) => l.status === 'unclaimed')).toHaveLength(
      rows.filter((r) => groupsOf(r).length === 0).length,
    );

    const text = async (path: string) => {
      const res = await getText(t, path);
      expect(res.status).toBe(200);
      return res.body;
    };
    const ndjson = (await text('/v1/exports/events.ndjson'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ndjson).toHaveLength(await countEvents(t.tdb.app.db));
    const resumed = (await text(`/v1/exports/events.ndjson?fromPosition=${ndjson[9999].position}`))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(resumed.map((e) => e.eventId)).toEqual(ndjson.slice(10_000).map((e) => e.eventId));

    const bundle = JSON.parse(await text('/v1/exports/stix'));
    expect(checkStixBundle(bundle)).toEqual([]);
    const byType = (type: string) => bundle.objects.filter((o: any) => o.type === type);
    expect(byType('incident')).toHaveLength(12_237);
    expect(byType('intrusion-set')).toHaveLength(71);
    expect(byType('relationship')).toHaveLength([...expected.values()].reduce((a, m) => a + total(m), 0));
    expect(byType('identity')).toEqual([
      expect.objectContaining({ name: 'Global Terrorism Database (START)', x_claimtrail_reliability: 'B' }),
    ]);
    expect(byType('intrusion-set').find((g: any) => g.name === 'Tehreek-e-Taliban Pakistan').aliases).toEqual(
      expect.arrayContaining(['TTP', TTP]),
    );
  });

  it('adds nothing when the same file is imported again', async () => {
    const before = await countEvents(t.tdb.app.db);
    const again = await importFile();
    console.log(
      `GTD extract re-import: ${again.rows} rows in ${again.rowsPerSecond} rows/s, ${again.added} events added`,
    );
    expect(again).toMatchObject({
      status: 'succeeded',
      rows: 12_237,
      added: 0,
      incidentsAdded: 0,
      groupsRegistered: 0,
      unchanged: 12_237,
      skipped: 0,
      lastPosition: null,
    });
    expect(await countEvents(t.tdb.app.db)).toBe(before);
  });
}
