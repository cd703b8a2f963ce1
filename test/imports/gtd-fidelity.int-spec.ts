// Issue 16, "fidelity on the real GTD extract", on a small file of the cases: GTD's
// generic perpetrator labels are a description on the incident, not groups; imported claims have
// no claim time (kept out of hours-to-retraction) and claim mode 10 is channel `unknown`; and a
// GTD name with an acronym and its bare base name in one batch are one group.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { catchUpReadModels } from './support/read-models.js';
import { uploadImport } from './support/upload-import.js';

const COLUMNS = 'eventid,iyear,imonth,iday,country_txt,city,attacktype1_txt,gname,gname2,claimed,claimmode,nkill';
const FILE = [
  COLUMNS,
  '201501010001,2015,1,1,Pakistan,Quetta,Bombing/Explosion,Baloch Liberation Army (BLA),,1,10,1',
  '201501020001,2015,1,2,Pakistan,Quetta,Bombing/Explosion,Baloch Liberation Army,,0,,2',
  '201501030001,2015,1,3,Pakistan,Quetta,Armed Assault,BLA,,1,,3',
  '201501040001,2015,1,4,Pakistan,Peshawar,Armed Assault,Militants,,0,,4',
  '201501050001,2015,1,5,Pakistan,Peshawar,Armed Assault,Gunmen,Sunni Muslim extremists,0,,5',
  '201501060001,2015,1,6,Pakistan,Karachi,Assassination,Separatists,Lashkar-e-Jhangvi,0,,6',
  '201501070001,2015,1,7,Pakistan,Quetta,Armed Assault,baloch nationalists,,1,1,7',
].join('\n');

let t: TestApp;
const byEventId = new Map<string, any>();
let report: any;

async function call(method: 'get' | 'post', path: string, key: string, body?: object): Promise<any> {
  const req = t.http[method](path).set(bearer(key));
  const res = body ? await req.send(body) : await req;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApp('gtd_fidelity');
  report = await uploadImport(t, FILE);
  await catchUpReadModels(t.tdb.app.db);
  for (const i of (await call('get', '/v1/incidents?limit=50', t.keys.reporter)).items) byEventId.set(i.gtd.eventid, i);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('GTD fidelity', () => {
  it('registers "Baloch Liberation Army (BLA)", its base name and its acronym in one batch as one group', async () => {
    expect(report).toMatchObject({ status: 'succeeded', rows: 7, skipped: 0, incidentsAdded: 7 });
    const { items } = await call('get', '/v1/groups?limit=50', t.keys.reporter);
    expect(items.map((g: any) => g.name).sort()).toEqual(['Baloch Liberation Army (BLA)', 'Lashkar-e-Jhangvi']);
    const bla = items.find((g: any) => g.name === 'Baloch Liberation Army (BLA)');
    expect(bla.aliases).toEqual(['Baloch Liberation Army', 'BLA']);
    for (const id of ['201501010001', '201501020001', '201501030001'])
      expect(byEventId.get(id).attributions.map((a: any) => a.groupId)).toEqual([bla.id]);
  });

  it(
    "keeps GTD's generic labels as the incident's perpetrator description, " + 'with no group, attribution or claim',
    () => {
      expect(byEventId.get('201501040001')).toMatchObject({
        status: 'unclaimed',
        attributions: [],
        gtd: { perpetratorDescription: 'Militants', perpetrators: [] },
      });
      expect(byEventId.get('201501050001').gtd.perpetratorDescription).toBe('Gunmen; Sunni Muslim extremists');
      const mixed = byEventId.get('201501060001');
      expect(mixed.gtd.perpetratorDescription).toBe('Separatists');
      expect(mixed.attributions.map((a: any) => a.groupName)).toEqual(['Lashkar-e-Jhangvi']);
      // Claimed by a generic label: no group to hold the claim, so none is recorded.
      expect(byEventId.get('201501070001')).toMatchObject({
        claims: [],
        gtd: { perpetratorDescription: 'baloch nationalists' },
      });
    },
  );

  it('records claim mode 10 and an empty mode as channel unknown, with the claim time unknown', () => {
    for (const id of ['201501010001', '201501030001']) {
      const i = byEventId.get(id);
      expect(i.claims).toEqual([
        expect.objectContaining({ channel: 'unknown', claimedAtUnknown: true, claimedAt: i.occurredAt.earliest }),
      ]);
    }
  });

  it('keeps imported claims out of hours-to-retraction (the audit and the group ledger)', async () => {
    const imported = byEventId.get('201501010001');
    const groupId = imported.claims[0].groupId;
    const source = (await call('post', '/v1/sources', t.keys.analyst, { name: 'Dawn', kind: 'news', reliability: 'B' }))
      .id;
    await call('post', `/v1/incidents/${imported.id}/claims/${imported.claims[0].id}/retractions`, t.keys.reporter, {
      retractedAt: '2015-01-03T00:00:00Z',
      sourceId: source,
    });
    // A claim with a known time, retracted 12 hours later.
    const other = byEventId.get('201501020001').id;
    const claim = await call('post', `/v1/incidents/${other}/claims`, t.keys.reporter, {
      group: 'BLA',
      channel: 'video',
      claimedAt: '2015-01-02T06:00:00Z',
      sourceId: source,
    });
    await call('post', `/v1/incidents/${other}/claims/${claim.id}/retractions`, t.keys.reporter, {
      retractedAt: '2015-01-02T18:00:00Z',
      sourceId: source,
    });
    await catchUpReadModels(t.tdb.app.db);
    const { items } = await call('get', '/v1/retractions?limit=50', t.keys.reporter);
    expect(items.map((r: any) => [r.claimId, r.claimedAtUnknown, r.hoursToRetraction])).toEqual([
      [claim.id, false, 12],
      [imported.claims[0].id, true, null],
    ]);
    const ledger = await call('get', `/v1/groups/${groupId}/ledger`, t.keys.reporter);
    expect(ledger).toMatchObject({ retractionRate: 2 / 3, medianHoursToRetraction: 12 });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from rm_claims where claimed_at_unknown`.execute(t.tdb.app.db);
    expect(rows[0].n).toBe(2);
  });
});
