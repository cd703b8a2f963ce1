// docs/API.md "Network reads" (second round): GET /v1/incidents?group=&via= finds the incidents of
// groups related to the asked-for one by the listed relations, valid on the incident's date
// (partial dates widened), in either direction, each with matchedVia; group reads take a name or
// an alias in place of the id, and GET /v1/groups/{id} reads as of a time or position. A
// projection runner follows the log; every read passes minPosition.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProjectionRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { expectProblem, type RoleName } from './support/e2e.js';
import { startProjectionRunner } from '../support/projections.js';

let t: TestApp;
let runner: ProjectionRunner;
let last = 0;
const G = { ttp: '', tjp: '', jua: '', iskp: '' };
const I = { front2023: '', front2022: '', ttp2023: '', faction2021: '', iskp2023: '' };
let src = '';
let beforeGroup = 0;
let beforeRelation = 0;
let relationAt = '';

async function post(path: string, body: object, role: RoleName = 'reporter'): Promise<any> {
  const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  last = Math.max(last, res.body.position);
  return res.body;
}
const read = (path: string) =>
  t.http.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`).set(bearer(t.keys.reporter));

async function claimed(occurredAt: string, group: string, claimedAt: string): Promise<string> {
  const incident = (await post('/v1/incidents', { occurredAt, location: { country: 'PK' }, type: 'bombing' })).id;
  await post(`/v1/incidents/${incident}/claims`, { group, channel: 'statement', claimedAt, sourceId: src });
  return incident;
}

const idsOf = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((i) => i.id).sort();

beforeAll(async () => {
  t = await createTestApp('e2e_network');
  runner = startProjectionRunner(t.tdb);
  src = (await post('/v1/sources', { name: 'Dawn', kind: 'news', reliability: 'B' })).id;
  G.ttp = (await post('/v1/groups', { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'] }, 'analyst')).id;
  beforeGroup = last;
  G.tjp = (await post('/v1/groups', { name: 'Tehreek-e-Jihad Pakistan', aliases: ['TJP'] }, 'analyst')).id;
  G.jua = (await post('/v1/groups', { name: 'Jamaat-ul-Ahrar', aliases: ['JuA'] }, 'analyst')).id;
  G.iskp = (await post('/v1/groups', { name: 'Islamic State Khorasan Province', aliases: ['ISKP'] }, 'analyst')).id;
  beforeRelation = last;
  // TJP is suspected to be a front of TTP from February 2023 (asserted on TJP's stream).
  await post(
    `/v1/groups/${G.tjp}/relations`,
    { relation: 'suspected_front_of', otherGroup: 'TTP', validFrom: '2023-02', confidence: 60 },
    'analyst',
  );
  relationAt = new Date().toISOString();
  // TTP affiliate_of JuA from 2014-08 to 2020 only (asserted on TTP's stream, read from JuA's side too).
  await post(
    `/v1/groups/${G.ttp}/relations`,
    { relation: 'affiliate_of', otherGroup: 'JuA', validFrom: '2014-08', validTo: '2020' },
    'analyst',
  );
  I.front2023 = await claimed('2023-07', 'TJP', '2023-07-20T10:00:00Z');
  I.front2022 = await claimed('2022', 'TJP', '2022-12-31T10:00:00Z');
  I.ttp2023 = await claimed('2023-07-12', 'TTP', '2023-07-12T18:00:00Z');
  I.faction2021 = await claimed('2021-03-04', 'JuA', '2021-03-04T12:00:00Z');
  I.iskp2023 = await claimed('2023-05-01', 'ISKP', '2023-05-01T12:00:00Z');
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('GET /v1/incidents?group=&via=', () => {
  it("a front's incident counts only for dates the relation held, with matchedVia", async () => {
    const res = await read('/v1/incidents?group=TTP&via=suspected_front_of');
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual([I.front2023, I.ttp2023].sort());
    const byId = new Map(res.body.items.map((i: any) => [i.id, i]));
    expect((byId.get(I.front2023) as any).matchedVia).toEqual([
      { groupId: G.tjp, groupName: 'Tehreek-e-Jihad Pakistan', relation: 'suspected_front_of' },
    ]);
    // TTP's own incident matched the group itself.
    expect((byId.get(I.ttp2023) as any).matchedVia).toEqual([]);
  });

  it('works in the other direction: from the front, the group it fronts for', async () => {
    const res = await read(`/v1/incidents?group=${G.tjp}&via=suspected_front_of`);
    expect(idsOf(res)).toEqual([I.front2023, I.front2022, I.ttp2023].sort());
    const ttpIncident = res.body.items.find((i: any) => i.id === I.ttp2023);
    expect(ttpIncident.matchedVia).toEqual([
      { groupId: G.ttp, groupName: 'Tehreek-e-Taliban Pakistan', relation: 'suspected_front_of' },
    ]);
  });

  it('a relation that ended does not reach incidents after it; only the listed relations count', async () => {
    // JuA affiliate_of TTP 2014-08..2020: a 2021 JuA incident is not TTP's.
    const affiliate = await read('/v1/incidents?group=JuA&via=affiliate_of');
    expect(idsOf(affiliate)).toEqual([I.faction2021]);
    const both = await read('/v1/incidents?group=TTP&via=affiliate_of,faction_of');
    expect(idsOf(both)).toEqual([I.ttp2023]);
  });

  it('without via, only the group itself, and no matchedVia', async () => {
    const res = await read('/v1/incidents?group=TTP');
    expect(idsOf(res)).toEqual([I.ttp2023]);
    expect(res.body.items[0].matchedVia).toBeUndefined();
  });

  it('an unknown relation in via is 400 naming via; via without group too', async () => {
    expectProblem(await read('/v1/incidents?group=TTP&via=suspected_front_of,friend_of'), 400, 'via');
    expectProblem(await read('/v1/incidents?via=faction_of'), 400, 'via');
  });
});

describe('group reads by name or alias', () => {
  it('GET /v1/groups/{alias} is the group, case-insensitive; an unknown name is 404', async () => {
    const res = await read('/v1/groups/tjp');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: G.tjp, name: 'Tehreek-e-Jihad Pakistan' });
    expect(res.body.relations).toEqual([
      expect.objectContaining({
        relation: 'suspected_front_of',
        otherGroupId: G.ttp,
        otherGroupName: 'Tehreek-e-Taliban Pakistan',
        validFrom: '2023-02',
        citation: null,
      }),
    ]);
    expectProblem(await read('/v1/groups/No%20Such%20Group'), 404);
  });

  it('GET /v1/groups/{name}/ledger counts the group and names it', async () => {
    const res = await read('/v1/groups/Tehreek-e-Taliban%20Pakistan/ledger');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ groupId: G.ttp, groupName: 'Tehreek-e-Taliban Pakistan', totals: { claims: 1 } });
    expectProblem(await read('/v1/groups/nobody/ledger'), 404);
  });
});

describe('GET /v1/groups/{id} as of', () => {
  it('asOfPosition before the relation: no relations yet, the position echoed', async () => {
    const res = await read(`/v1/groups/${G.tjp}?asOfPosition=${beforeRelation}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: G.tjp, relations: [], asOfPosition: beforeRelation, asOf: null });
  });

  it('asOf a time after the relation: it is there', async () => {
    const res = await read(`/v1/groups/TJP?asOf=${encodeURIComponent(relationAt)}`);
    expect(res.status).toBe(200);
    expect(res.body.relations).toHaveLength(1);
    expect(res.body.asOf).toBe(relationAt);
  });

  it('before the group existed: 404', async () => {
    expectProblem(await read(`/v1/groups/${G.tjp}?asOfPosition=${beforeGroup}`), 404);
  });
});
