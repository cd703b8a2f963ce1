// GTD's codebook columns to events, bad rows, identical rows, re-imports, group matching, the
// import endpoints' contract and the CLI, on the hand-made GTD file of support/gtd-import.ts.
import { describe, expect, it, jest } from '@jest/globals';
import { sql } from 'kysely';
import { runCli } from '../../apps/cli/src/cli-program.js';
import { bearer } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import {
  A,
  byEventId,
  COLUMNS,
  EXPECTED_ERRORS,
  file,
  FILE_TEXT,
  first,
  get,
  gtdSourceId,
  incidents,
  line,
  t,
  TTP,
  ttpId,
  upload,
  useGtdImport,
} from './support/gtd-import.js';

useGtdImport('gtd-mapping');

/** A partial date as the importer should store it: the value as given, its precision and the moments it spans. */
const partialDate = (value: string, precision: string, earliest: string, latest: string) => ({
  value,
  precision,
  earliest,
  latest,
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
    for (const eventid of ['201302300001', '201403010001', '201406060001', '201407070001', '201408080001'])
      expect(byEventId.has(eventid)).toBe(false);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from events where metadata->>'correlationId' = ${first.id}`.execute(t.tdb.app.db);
    expect(rows[0].n).toBe(20);
  });

  it('maps date, place, type, target, casualties and flags, and keeps the GTD extras under gtd', () => {
    expect(byEventId.get('201401010001')).toMatchObject({
      occurredAt: partialDate('2014-01-01', 'day', '2014-01-01T00:00:00.000Z', '2014-01-01T23:59:59.999Z'),
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34, lon: 71.5 },
      type: 'bombing',
      suicide: true,
      target: 'Police: Police Lines',
      casualties: { killedMin: 5, killedMax: 5, injuredMin: 12, injuredMax: 12 },
      summary: 'Suicide bombing at police lines',
      sourceIds: [gtdSourceId],
      gtd: {
        eventid: '201401010001',
        rowKey: 'gtd:201401010001',
        success: true,
        multiple: false,
        compclaim: null,
        approxdate: null,
      },
    });
    expect(byEventId.get('201402000001')).toMatchObject({
      occurredAt: partialDate('2014-02', 'month', '2014-02-01T00:00:00.000Z', '2014-02-28T23:59:59.999Z'),
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

  it(
    'records claims with their channel and attributions ' + 'with GTD certainty, matching TTP through its alias',
    async () => {
      const a = byEventId.get('201401010001');
      expect(a.status).toBe('attributed');
      expect(a.claims).toEqual([
        expect.objectContaining({
          groupId: ttpId,
          groupName: 'Tehreek-e-Taliban Pakistan',
          channel: 'website',
          claimedAt: '2014-01-01T00:00:00.000Z',
          status: 'active',
          sourceIds: [gtdSourceId],
        }),
      ]);
      expect(a.attributions).toEqual([
        expect.objectContaining({
          groupId: ttpId,
          confidence: 80,
          basis: 'dataset:gtd',
          sourceIds: [gtdSourceId],
          withdrawn: false,
        }),
      ]);

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

      // One group in two slots: one claim (no mode → unknown), one attribution, suspected → lower confidence.
      const n = byEventId.get('201405050001');
      expect(n.claims).toEqual([
        expect.objectContaining({ groupId: ttpId, channel: 'unknown', claimedAtUnknown: true }),
      ]);
      expect(n.attributions).toEqual([expect.objectContaining({ groupId: ttpId, confidence: 40 })]);

      const groups = (await get('/v1/groups?limit=100')).items;
      expect(groups.find((g: any) => g.id === ttpId).aliases).toEqual(['TTP', TTP]);
      expect(groups.find((g: any) => g.name === 'Baloch Liberation Army (BLA)').aliases).toEqual([
        'Baloch Liberation Army',
        'BLA',
      ]);
      expect(groups.find((g: any) => g.name === 'Lashkar-e-Jhangvi').aliases).toEqual([]);
      // The new names are reserved like any other: registering one again is a conflict.
      const dup = await t.http.post('/v1/groups').set(bearer(t.keys.analyst)).send({ name: 'bla' });
      expect(dup.status).toBe(409);

      const ledger = await get(`/v1/groups/${ttpId}/ledger`);
      expect(ledger.totals).toEqual({ claims: 3, retractions: 0, denials: 0, attributions: 3 });
      expect(ledger.byMonth.map((m: any) => m.month)).toEqual(['2014-01', '2014-02', '2014-05']);
    },
  );

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
    expect(again).toMatchObject({
      status: 'succeeded',
      rows: 14,
      added: 0,
      incidentsAdded: 0,
      unchanged: 8,
      skipped: 6,
      errors: EXPECTED_ERRORS,
      lastPosition: null,
    });

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
    expect(await get(`/v1/admin/imports/${summary.id}`, t.keys.admin)).toMatchObject({
      status: 'succeeded',
      actor: { keyId: 'cli', role: 'admin', name: 'cli' },
    });

    // GTD revised a row: the import does not overwrite it (corrections are events of their own).
    const changed = await upload(`${COLUMNS.join(',')}\n${line({ ...A, nkill: '6' })}\n`);
    expect(changed).toMatchObject({
      rows: 1,
      added: 0,
      skipped: 1,
      errors: [{ line: 2, message: expect.stringContaining('imported before with other content') }],
    });
    expect(await countEvents(t.tdb.app.db)).toBe(before);
  });
});

describe('import endpoints', () => {
  it('are admin-only, need a GTD file in the field "file", and 404 an unknown import', async () => {
    const analyst = await t.http
      .post('/v1/admin/imports')
      .set(bearer(t.keys.analyst))
      .attach('file', Buffer.from(FILE_TEXT), 'gtd.csv');
    expect(analyst.status).toBe(403);
    const none = await t.http.post('/v1/admin/imports').set(bearer(t.keys.admin)).field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ path: 'file', message: 'required' }]);
    const notGtd = await t.http
      .post('/v1/admin/imports')
      .set(bearer(t.keys.admin))
      .attach('file', Buffer.from('a,b\n1,2\n'), 'other.csv');
    expect(notGtd.status).toBe(422);
    expect(notGtd.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(notGtd.body.errors[0]).toMatchObject({ path: 'file', message: expect.stringContaining('iyear') });
    const unknown = await t.http
      .get('/v1/admin/imports/7b0b8a0e-4b7f-4c1e-9d2a-3f5e6a7b8c9d')
      .set(bearer(t.keys.admin));
    expect(unknown.status).toBe(404);
    expect((await t.http.get(`/v1/admin/imports/${first.id}`).set(bearer(t.keys.analyst))).status).toBe(403);
    const doc = await t.http.get('/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/admin/imports',
        '/v1/admin/imports/{id}',
        '/v1/exports/events.ndjson',
        '/v1/exports/incidents.csv',
        '/v1/exports/stix',
      ]),
    );
  });
});
