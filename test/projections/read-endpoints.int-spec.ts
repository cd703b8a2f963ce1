// The read endpoints of API.md ("Reads", "Operations": projections) on a small scenario written
// through the API, with a projection runner following the log and `minPosition` to read the writes.
// Expected values are worked out here from the scenario, independently of the read models.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner, RebuildRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { APP_ROLE } from '../support/test-database.js';
import { obliterateMaintenanceQueue } from '../support/redis-cleanup.js';

type Role = 'reporter' | 'analyst' | 'admin';

const QUEUE_PREFIX = `{ct-proj-reads-${randomBytes(4).toString('hex')}}`;
let t: TestApp;
let runner: ProjectionRunner;
let last = 0;

const G: Record<'ttp' | 'tjp' | 'iskp' | 'taliban', string> = { ttp: '', tjp: '', iskp: '', taliban: '' };
const NAMES = { ttp: 'Tehreek-e-Taliban Pakistan', tjp: 'Tehreek-e-Jihad Pakistan', iskp: 'Islamic State Khorasan Province', taliban: 'Afghan Taliban' };
const S: Record<'dawn' | 'umar' | 'diary', string> = { dawn: '', umar: '', diary: '' };
const I: Record<string, string> = {};
const fillers: string[] = [];

/** What the scenario recorded, to work the expected answers out from. */
interface ClaimRec {
  id: string;
  incident: string;
  group: string;
  claimedAt: string;
  retractedAt?: string;
  retractionId?: string;
  sourceId: string;
  reason?: string | null;
}
const claims: ClaimRec[] = [];
const denials: Array<{ id: string; incident: string; group: string; deniedAt: string }> = [];
const attributions: Array<{ id: string; incident: string; group: string; period: string; withdrawn: boolean }> = [];
const incidentPeriod: Record<string, string> = {};
const relationIds: Record<string, string> = {};

async function post(path: string, role: Role, body: object): Promise<any> {
  const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  last = Math.max(last, res.body.position);
  return res.body;
}

function get(path: string, role: Role = 'reporter') {
  return t.http.get(path).set(bearer(t.keys[role]));
}

/** A read that must see every write so far. */
async function read(path: string, role: Role = 'reporter'): Promise<any> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await get(`${path}${sep}minPosition=${last}`, role);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function incident(key: string, occurredAt: string, country: string, extra: object = {}) {
  const b = await post('/v1/incidents', 'reporter', { occurredAt, location: { country, admin1: null, place: null }, type: 'bombing', sourceIds: [S.dawn], ...extra });
  I[key] = b.id;
  incidentPeriod[b.id] = occurredAt.length === 4 ? occurredAt : occurredAt.slice(0, 7);
  return b.id;
}

async function claim(key: string, group: keyof typeof G, claimedAt: string, ref: string = group.toUpperCase()): Promise<ClaimRec> {
  const b = await post(`/v1/incidents/${I[key]}/claims`, 'reporter', { group: ref, channel: 'statement', claimedAt, sourceId: S.umar, credibility: 3 });
  const rec: ClaimRec = { id: b.id, incident: I[key], group: G[group], claimedAt: new Date(claimedAt).toISOString(), sourceId: S.umar };
  claims.push(rec);
  return rec;
}

async function retract(key: string, c: ClaimRec, retractedAt: string, reason: string | null = 'mosques are off limits') {
  const b = await post(`/v1/incidents/${I[key]}/claims/${c.id}/retractions`, 'reporter', { retractedAt, sourceId: S.dawn, reason });
  Object.assign(c, { retractedAt: new Date(retractedAt).toISOString(), retractionId: b.id, reason });
  return b;
}

async function deny(key: string, group: keyof typeof G, deniedAt: string) {
  const b = await post(`/v1/incidents/${I[key]}/denials`, 'reporter', { group: NAMES[group], deniedAt, sourceId: S.dawn, statement: 'We had no part in it' });
  denials.push({ id: b.id, incident: I[key], group: G[group], deniedAt: new Date(deniedAt).toISOString() });
  return b;
}

async function attribute(key: string, group: keyof typeof G, confidence: number) {
  const b = await post(`/v1/incidents/${I[key]}/attributions`, 'analyst', { group: G[group], confidence, basis: 'security sources', sourceIds: [S.diary] });
  attributions.push({ id: b.id, incident: I[key], group: G[group], period: incidentPeriod[I[key]], withdrawn: false });
  return b;
}

const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const inRange = (iso: string, from?: string, to?: string) => (!from || Date.parse(iso) >= Date.parse(from)) && (!to || Date.parse(iso) <= Date.parse(to));

/** The ledger of a group worked out from the scenario (API.md "Reads"). */
function expectedLedger(groupId: string, from?: string, to?: string) {
  const rows = new Map<string, { month: string; claims: number; retractions: number; denials: number; attributions: number }>();
  const row = (month: string) => rows.get(month) ?? rows.set(month, { month, claims: 0, retractions: 0, denials: 0, attributions: 0 }).get(month)!;
  const mine = claims.filter((c) => c.group === groupId);
  for (const c of mine) if (inRange(c.claimedAt, from, to)) row(c.claimedAt.slice(0, 7)).claims++;
  for (const c of mine) if (c.retractedAt && inRange(c.retractedAt, from, to)) row(c.retractedAt.slice(0, 7)).retractions++;
  for (const d of denials) if (d.group === groupId && inRange(d.deniedAt, from, to)) row(d.deniedAt.slice(0, 7)).denials++;
  for (const a of attributions) {
    if (a.group !== groupId || a.withdrawn) continue;
    // The incident's period overlaps the range.
    const start = a.period.length === 4 ? `${a.period}-01-01T00:00:00.000Z` : `${a.period}-01T00:00:00.000Z`;
    const end = a.period.length === 4 ? `${Number(a.period) + 1}-01-01T00:00:00.000Z` : new Date(Date.UTC(Number(a.period.slice(0, 4)), Number(a.period.slice(5, 7)), 1)).toISOString();
    if ((!to || Date.parse(start) <= Date.parse(to)) && (!from || Date.parse(end) > Date.parse(from))) row(a.period).attributions++;
  }
  const byMonth = [...rows.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  const counted = mine.filter((c) => inRange(c.claimedAt, from, to));
  const retracted = counted.filter((c) => c.retractedAt);
  const totals = byMonth.reduce((acc, r) => ({ claims: acc.claims + r.claims, retractions: acc.retractions + r.retractions, denials: acc.denials + r.denials, attributions: acc.attributions + r.attributions }), { claims: 0, retractions: 0, denials: 0, attributions: 0 });
  const med = median(retracted.map((c) => hours(c.claimedAt, c.retractedAt!)));
  return { totals, byMonth, retractionRate: counted.length ? retracted.length / counted.length : null, medianHoursToRetraction: med };
}

/** Follows nextCursor to the end; returns every page's ids. */
async function pages(path: string, idOf: (item: any) => string = (x) => x.id): Promise<string[][]> {
  const out: string[][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const body = await read(cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path);
    out.push(body.items.map(idOf));
    cursor = body.nextCursor;
    if (!cursor) return out;
  }
  throw new Error(`paging ${path} did not end`);
}

const sorted = (xs: string[]) => [...xs].sort();

beforeAll(async () => {
  t = await createTestApp('proj_reads', { QUEUE_PREFIX });
  runner = new ProjectionRunner({ db: t.tdb.app.db, store: new EventStore(t.tdb.app.db), connection: { connectionString: t.tdb.url }, projections: PROJECTIONS, pollMs: 20 });
  runner.start();

  S.dawn = (await post('/v1/sources', 'reporter', { name: 'Dawn', kind: 'news', reliability: 'B' })).id;
  S.umar = (await post('/v1/sources', 'reporter', { name: 'Umar Media', kind: 'group_channel', reliability: 'F' })).id;
  S.diary = (await post('/v1/sources', 'reporter', { name: 'Khorasan Diary', kind: 'analyst', reliability: 'C' })).id;
  await post(`/v1/sources/${S.dawn}/ratings`, 'analyst', { reliability: 'D', reason: 'ran an unauthenticated article' });

  G.ttp = (await post('/v1/groups', 'analyst', { name: NAMES.ttp, aliases: ['TTP'], kind: 'militant' })).id;
  G.tjp = (await post('/v1/groups', 'analyst', { name: NAMES.tjp, aliases: ['TJP'], kind: 'militant' })).id;
  G.iskp = (await post('/v1/groups', 'analyst', { name: NAMES.iskp, aliases: ['ISKP', 'IS-K'], kind: 'militant' })).id;
  G.taliban = (await post('/v1/groups', 'analyst', { name: NAMES.taliban, aliases: ['Islamic Emirate of Afghanistan'], kind: 'militant' })).id;
  await post(`/v1/groups/${G.ttp}/aliases`, 'analyst', { alias: 'Pakistani Taliban', validFrom: '2014', validTo: null });
  relationIds.front = (await post(`/v1/groups/${G.tjp}/relations`, 'analyst', { relation: 'suspected_front_of', otherGroup: 'TTP', validFrom: '2020', sourceId: S.diary, confidence: 40 })).id;
  relationIds.rival = (await post(`/v1/groups/${G.tjp}/relations`, 'analyst', { relation: 'rival_of', otherGroup: 'ISKP', validFrom: '2021-06', validTo: '2022' })).id;
  await post(`/v1/groups/${G.tjp}/relations/${relationIds.rival}/withdrawal`, 'analyst', { reason: 'single unreliable report' });

  // I1 retracted; I2 contested; I3 claimed by TJP, attributed to TTP; I4 claimed, denied by another group;
  // I5 (year only) attributed, a second attribution withdrawn; I6 claimed by TJP after TTP retracted (competing);
  // I7 retracted then attributed, denied by the former claimant; I8 retracted then claimed again; I9 claimed and attributed alike.
  await incident('I1', '2023-01-30', 'Pakistan', { target: 'Police Lines mosque', casualties: { killedMin: 84, killedMax: 101 } });
  await retract('I1', await claim('I1', 'ttp', '2023-01-30T12:00:00Z'), '2023-01-31T08:00:00Z');
  await incident('I2', '2023-02-15', 'PK');
  await claim('I2', 'ttp', '2023-02-15T18:00:00Z');
  await claim('I2', 'tjp', '2023-02-16T09:00:00Z');
  await incident('I3', '2023-03', 'PK');
  // Late on 31 March in New York is 1 April in UTC: the ledger's months are UTC months.
  await claim('I3', 'tjp', '2023-03-31T22:30:00-04:00');
  await attribute('I3', 'ttp', 70);
  await incident('I4', '2022-08-10', 'Afghanistan');
  await claim('I4', 'iskp', '2022-08-10T20:00:00Z');
  await deny('I4', 'taliban', '2022-08-11T09:00:00Z');
  await incident('I5', '2021', 'PK');
  await attribute('I5', 'iskp', 30);
  const withdrawn = await attribute('I5', 'taliban', 50);
  await post(`/v1/incidents/${I.I5}/attributions/${withdrawn.id}/withdrawal`, 'analyst', { reason: 'new evidence' });
  attributions.find((a) => a.id === withdrawn.id)!.withdrawn = true;
  await incident('I6', '2023-07-12', 'PK');
  const c6 = await claim('I6', 'ttp', '2023-07-12T10:00:00Z');
  await claim('I6', 'tjp', '2023-07-12T20:00:00+00:00');
  await retract('I6', c6, '2023-07-14T12:00:00Z', null);
  await incident('I7', '2023-05-20', 'PK');
  await retract('I7', await claim('I7', 'ttp', '2023-05-20T15:00:00Z', 'Pakistani Taliban'), '2023-05-24T19:00:00Z');
  await deny('I7', 'ttp', '2023-05-25T10:00:00Z');
  await attribute('I7', 'ttp', 60);
  await incident('I8', '2022-12-01', 'PK');
  await retract('I8', await claim('I8', 'ttp', '2022-12-01T10:00:00Z'), '2022-12-01T16:00:00Z');
  await claim('I8', 'ttp', '2022-12-03T10:00:00Z', NAMES.ttp);
  await incident('I9', '2022-09-05', 'AF');
  await claim('I9', 'iskp', '2022-09-05T12:00:00Z');
  await attribute('I9', 'iskp', 80);
  // I10 (year only) attributed, then corrected to a month: filters and the ledger follow the correction.
  await incident('I10', '2020', 'PK');
  await attribute('I10', 'iskp', 45);
  await post(`/v1/incidents/${I.I10}/corrections`, 'reporter', { fields: { occurredAt: '2020-11' }, reason: 'local press gives the month' });
  attributions.find((a) => a.incident === I.I10)!.period = '2020-11';
  // Unclaimed fillers, several on the same day: cursor pages must break ties.
  for (let i = 0; i < 10; i++) fillers.push(await incident(`F${i}`, `2019-0${(i % 3) + 1}-10`, 'PK'));
});

afterAll(async () => {
  await runner?.stop();
  await obliterateMaintenanceQueue(QUEUE_PREFIX);
  await t?.close();
});

describe('GET /v1/incidents/{id}', () => {
  it('gives the attribution picture: claims with status and group name, denials, attributions, status, competingClaims, version, position', async () => {
    const [ttpClaim, tjpClaim] = claims.filter((c) => c.incident === I.I6);
    const body = await read(`/v1/incidents/${I.I6}`);
    expect(body).toMatchObject({
      id: I.I6,
      status: 'claimed',
      competingClaims: true,
      version: 4,
      position: expect.any(Number),
      location: { country: 'PK' },
      occurredAt: { value: '2023-07-12', precision: 'day' },
      type: 'bombing',
      denials: [],
      attributions: [],
    });
    expect(body.claims).toEqual([
      expect.objectContaining({ id: ttpClaim.id, groupId: G.ttp, groupName: NAMES.ttp, status: 'retracted', assessment: null, claimedAt: '2023-07-12T10:00:00.000Z', retractedAt: '2023-07-14T12:00:00.000Z', sourceIds: [S.umar] }),
      expect.objectContaining({ id: tjpClaim.id, groupId: G.tjp, groupName: NAMES.tjp, status: 'active', assessment: null, claimedAt: '2023-07-12T20:00:00.000Z', retractedAt: null, sourceIds: [S.umar] }),
    ]);
    const history = await read(`/v1/incidents/${I.I6}/history`);
    expect(body.position).toBe(history.items[3].position);
  });

  it('names denials and attributions with their groups; withdrawn attributions stay, flagged', async () => {
    const i7 = await read(`/v1/incidents/${I.I7}`);
    expect(i7).toMatchObject({ status: 'attributed', competingClaims: false, version: 5 });
    expect(i7.claims).toEqual([expect.objectContaining({ groupId: G.ttp, groupName: NAMES.ttp, status: 'retracted', retractedAt: '2023-05-24T19:00:00.000Z' })]);
    expect(i7.denials).toEqual([expect.objectContaining({ id: denials.find((d) => d.incident === I.I7)!.id, groupId: G.ttp, groupName: NAMES.ttp, deniedAt: '2023-05-25T10:00:00.000Z' })]);
    expect(i7.attributions).toEqual([expect.objectContaining({ groupId: G.ttp, groupName: NAMES.ttp, confidence: 60, basis: 'security sources', withdrawn: false })]);

    const i5 = await read(`/v1/incidents/${I.I5}`);
    expect(i5).toMatchObject({ status: 'attributed', competingClaims: false, claims: [], occurredAt: { value: '2021', precision: 'year' } });
    expect(i5.attributions).toEqual([
      expect.objectContaining({ groupId: G.iskp, groupName: NAMES.iskp, confidence: 30, withdrawn: false }),
      expect.objectContaining({ groupId: G.taliban, groupName: NAMES.taliban, confidence: 50, withdrawn: true }),
    ]);
    const i4 = await read(`/v1/incidents/${I.I4}`);
    expect(i4).toMatchObject({ status: 'claimed', competingClaims: false, location: { country: 'AF' } });
    expect(i4.denials).toEqual([expect.objectContaining({ groupId: G.taliban, groupName: NAMES.taliban, deniedAt: '2022-08-11T09:00:00.000Z' })]);
  });

  it('derives status (first that applies) and competingClaims for every incident', async () => {
    const expected: Record<string, [string, boolean]> = {
      I1: ['retracted', false],
      I2: ['contested', true],
      I3: ['attributed', false],
      I4: ['claimed', false],
      I5: ['attributed', false],
      I6: ['claimed', true],
      I7: ['attributed', false],
      I8: ['claimed', false],
      I9: ['attributed', false],
      I10: ['attributed', false],
      F0: ['unclaimed', false],
    };
    const got: Record<string, [string, boolean]> = {};
    for (const key of Object.keys(expected)) {
      const b = await read(`/v1/incidents/${I[key]}`);
      got[key] = [b.status, b.competingClaims];
    }
    expect(got).toEqual(expected);
  });

  it('as of a time before the incident was recorded is 404; as of a later time is the current picture; as of a position is the picture then', async () => {
    const history = await read(`/v1/incidents/${I.I1}/history`);
    const reportedAt = history.items[0].recordedAt;
    expect((await get(`/v1/incidents/${I.I1}?asOf=2000-01-01`)).status).toBe(404);
    const before = await get(`/v1/incidents/${I.I1}?asOf=${new Date(Date.parse(reportedAt) - 1).toISOString()}`);
    expect(before.status).toBe(404);
    expect(before.headers['content-type']).toMatch(/^application\/problem\+json/);

    const live = await read(`/v1/incidents/${I.I1}`);
    const future = await read(`/v1/incidents/${I.I1}?asOf=2999-01-01T00:00:00Z`);
    const { asOf, asOfPosition, ...rest } = future;
    expect(asOf).toBe('2999-01-01T00:00:00.000Z');
    expect(asOfPosition).toBeNull();
    expect(rest).toEqual(live);

    // Between the claim and its retraction, by position and by time.
    const claimed = history.items[1];
    const byPosition = await read(`/v1/incidents/${I.I1}?asOfPosition=${claimed.position}`);
    expect(byPosition).toMatchObject({ status: 'claimed', version: 2, position: claimed.position, asOfPosition: claimed.position });
    expect(byPosition.claims).toEqual([expect.objectContaining({ status: 'active', retractedAt: null, groupName: NAMES.ttp })]);
    const byTime = await read(`/v1/incidents/${I.I1}?asOf=${claimed.recordedAt}`);
    const { asOf: _a, asOfPosition: _p, ...atTime } = byTime;
    const { asOf: _b, asOfPosition: _q, ...atPosition } = byPosition;
    expect(atTime).toEqual(atPosition);
  });

  it('an unknown incident is 404', async () => {
    const res = await get('/v1/incidents/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.status).toBe(404);
  });
});

describe('GET /v1/incidents/{id}/history', () => {
  it('lists every event of the incident, oldest first, with type, recordedAt, actor, position and data', async () => {
    const body = await read(`/v1/incidents/${I.I6}/history`);
    expect(body.items.map((e: any) => e.type)).toEqual(['IncidentReported', 'ClaimRecorded', 'ClaimRecorded', 'ClaimRetracted']);
    const positions = body.items.map((e: any) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const times = body.items.map((e: any) => Date.parse(e.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const e of body.items) {
      expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(e.actor).toEqual(expect.objectContaining({ role: 'reporter', keyId: expect.any(String) }));
    }
    const [ttpClaim, tjpClaim] = claims.filter((c) => c.incident === I.I6);
    expect(body.items[1].data).toMatchObject({ claimId: ttpClaim.id, groupId: G.ttp, claimedAt: '2023-07-12T10:00:00.000Z', competingGroupIds: [] });
    expect(body.items[2].data).toMatchObject({ claimId: tjpClaim.id, groupId: G.tjp, competingGroupIds: [G.ttp] });
    expect(body.items[3].data).toMatchObject({ claimId: ttpClaim.id, retractionId: ttpClaim.retractionId, retractedAt: '2023-07-14T12:00:00.000Z', reason: null });
  });
});

describe('GET /v1/incidents (list)', () => {
  const TTP_INCIDENTS = () => [I.I1, I.I2, I.I3, I.I6, I.I7, I.I8];

  it('filters by group (id, name or alias), matching claims and attributions; cursor pages do not overlap and find every item', async () => {
    for (const ref of ['TTP', encodeURIComponent(NAMES.ttp), G.ttp, 'pakistani%20taliban']) {
      const p = await pages(`/v1/incidents?group=${ref}&limit=2`);
      expect(p.length).toBe(3);
      for (const page of p) expect(page.length).toBeLessThanOrEqual(2);
      const all = p.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(sorted(all)).toEqual(sorted(TTP_INCIDENTS()));
    }
    expect((await read('/v1/incidents?group=No%20Such%20Group')).items).toEqual([]);
  });

  it('filters by status, country, competing, and occurredAt overlapping from/to', async () => {
    const ids = async (q: string) => sorted((await pages(`/v1/incidents?${q}&limit=3`)).flat());
    expect(await ids('status=contested')).toEqual([I.I2]);
    expect(await ids('status=retracted')).toEqual([I.I1]);
    expect(await ids('status=claimed')).toEqual(sorted([I.I4, I.I6, I.I8]));
    expect(await ids('status=attributed')).toEqual(sorted([I.I3, I.I5, I.I7, I.I9, I.I10]));
    expect(await ids('status=unclaimed')).toEqual(sorted(fillers));
    expect(await ids('group=TTP&status=claimed')).toEqual(sorted([I.I6, I.I8]));
    expect(await ids('country=AF')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('country=Afghanistan')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('country=PK&competing=true')).toEqual(sorted([I.I2, I.I6]));
    expect(await ids('competing=false&country=AF')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('from=2023-01-01&to=2023-03-31')).toEqual(sorted([I.I1, I.I2, I.I3]));
    // A month-precision incident overlaps a range inside its month; a year-precision one any range in its year.
    expect(await ids('from=2023-03-15&to=2023-03-20')).toEqual([I.I3]);
    expect(await ids('from=2021-06-01&to=2021-06-30T23:59:59Z')).toEqual([I.I5]);
    expect(await ids('from=2020-11-15&to=2020-11-16')).toEqual([I.I10]);
    expect(await ids('from=2020-03-01&to=2020-03-31')).toEqual([]);
    expect(await ids('status=unclaimed&from=2019-02-10&to=2019-02-10T23:59:59.999Z')).toEqual(sorted(fillers.filter((_, i) => i % 3 === 1)));
    expect(await ids('group=TTP&country=PK&from=2023-01-01&to=2023-12-31&competing=true')).toEqual(sorted([I.I2, I.I6]));
    expect(await ids('group=TTP&status=contested&country=PK&from=2023-01-01&to=2023-12-31&competing=true')).toEqual([I.I2]);
    const everything = (await pages('/v1/incidents?limit=4')).flat();
    expect(new Set(everything).size).toBe(everything.length);
    expect(sorted(everything)).toEqual(sorted(Object.values(I)));
  });

  it('items are the same pictures GET /v1/incidents/{id} gives', async () => {
    const body = await read(`/v1/incidents?group=TJP&competing=true&limit=500`);
    expect(sorted(body.items.map((x: any) => x.id))).toEqual(sorted([I.I2, I.I6]));
    expect(body.nextCursor).toBeNull();
    for (const item of body.items) expect(item).toEqual(await read(`/v1/incidents/${item.id}`));
  });

  it('rejects a limit above 500 and a bad status, naming the parameter', async () => {
    const big = await get('/v1/incidents?limit=501');
    expect(big.status).toBeGreaterThanOrEqual(400);
    expect(big.status).toBeLessThan(500);
    expect(JSON.stringify(big.body.errors)).toContain('limit');
    const bad = await get('/v1/incidents?status=sort_of');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(JSON.stringify(bad.body.errors)).toContain('status');
  });
});

describe('groups and sources', () => {
  it('GET /v1/groups?q= is a case-insensitive substring of a name or alias; pages do not overlap', async () => {
    const names = async (q: string) => (await read(`/v1/groups?q=${q}`)).items.map((g: any) => g.name);
    expect(sorted(await names('taliban'))).toEqual(sorted([NAMES.ttp, NAMES.taliban]));
    expect(await names('tjp')).toEqual([NAMES.tjp]);
    expect(await names('is-k')).toEqual([NAMES.iskp]);
    expect(await names('PAKISTANI')).toEqual([NAMES.ttp]);
    expect(await names('emirate')).toEqual([NAMES.taliban]);
    expect(await names('nobody')).toEqual([]);
    // LIKE wildcards in q are plain characters.
    expect(await names('%25')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect(await names('e-t')).toEqual([NAMES.ttp]);
    const one = (await read('/v1/groups?q=TTP')).items;
    expect(one).toEqual([{ id: G.ttp, name: NAMES.ttp, aliases: ['TTP', 'Pakistani Taliban'], kind: 'militant' }]);
    const p = await pages('/v1/groups?limit=3');
    expect(p.length).toBe(2);
    expect(sorted(p.flat())).toEqual(sorted(Object.values(G)));
  });

  it('GET /v1/groups/{id} gives aliases and relations, current and past, with validity dates', async () => {
    const ttp = await read(`/v1/groups/${G.ttp}`);
    expect(ttp).toMatchObject({ id: G.ttp, name: NAMES.ttp, kind: 'militant' });
    expect(ttp.aliases).toEqual([
      { alias: 'TTP', validFrom: null, validTo: null },
      { alias: 'Pakistani Taliban', validFrom: '2014', validTo: null },
    ]);
    const tjp = await read(`/v1/groups/${G.tjp}`);
    expect(tjp.relations).toEqual([
      expect.objectContaining({ id: relationIds.front, relation: 'suspected_front_of', otherGroupId: G.ttp, otherGroupName: NAMES.ttp, validFrom: '2020', validTo: null, sourceId: S.diary, confidence: 40, withdrawn: false }),
      expect.objectContaining({ id: relationIds.rival, relation: 'rival_of', otherGroupId: G.iskp, otherGroupName: NAMES.iskp, validFrom: '2021-06', validTo: '2022', withdrawn: true, withdrawnReason: 'single unreliable report' }),
    ]);
    expect((await get('/v1/groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('GET /v1/sources lists sources with their current reliability, in pages', async () => {
    const body = await read('/v1/sources?limit=500');
    expect(body.items.map((s: any) => [s.name, s.kind, s.reliability])).toEqual([
      ['Dawn', 'news', 'D'],
      ['Khorasan Diary', 'analyst', 'C'],
      ['Umar Media', 'group_channel', 'F'],
    ]);
    expect(body.items[0].id).toBe(S.dawn);
    const p = await pages('/v1/sources?limit=2');
    expect(p.map((x) => x.length)).toEqual([2, 1]);
    expect(sorted(p.flat())).toEqual(sorted(Object.values(S)));
  });
});

describe('audits', () => {
  it("GET /v1/groups/{id}/ledger counts by month, with the retraction rate and median hours to retraction", async () => {
    const ttp = await read(`/v1/groups/${G.ttp}/ledger`);
    const want = expectedLedger(G.ttp);
    // Sanity of the scenario itself: 6 claims, 4 retracted after 20, 50, 100 and 6 hours.
    expect(want.totals).toEqual({ claims: 6, retractions: 4, denials: 1, attributions: 2 });
    expect(want.medianHoursToRetraction).toBe(35);
    expect(ttp).toMatchObject(want);
    expect(ttp.retractionRate).toBeCloseTo(4 / 6, 10);

    const ranged = await read(`/v1/groups/${G.ttp}/ledger?from=2023-01-01&to=2023-06-30`);
    const wantRanged = expectedLedger(G.ttp, '2023-01-01T00:00:00Z', '2023-06-30T00:00:00Z');
    expect(wantRanged.totals).toEqual({ claims: 3, retractions: 2, denials: 1, attributions: 2 });
    expect(ranged).toMatchObject(wantRanged);

    // A year-only incident's attribution counts in a YYYY row.
    const iskp = await read(`/v1/groups/${G.iskp}/ledger`);
    expect(iskp).toMatchObject(expectedLedger(G.iskp));
    expect(iskp.byMonth).toContainEqual({ month: '2021', claims: 0, retractions: 0, denials: 0, attributions: 1 });
    expect(iskp.retractionRate).toBe(0);
    expect(iskp.medianHoursToRetraction).toBeNull();

    // A year-only incident corrected to a month counts in that month.
    expect(iskp.byMonth).toContainEqual({ month: '2020-11', claims: 0, retractions: 0, denials: 0, attributions: 1 });
    expect(iskp.byMonth.map((r: any) => r.month)).not.toContain('2020');

    const tjp = await read(`/v1/groups/${G.tjp}/ledger`);
    expect(tjp).toMatchObject(expectedLedger(G.tjp));
    expect(tjp.byMonth).toContainEqual({ month: '2023-04', claims: 1, retractions: 0, denials: 0, attributions: 0 });

    const taliban = await read(`/v1/groups/${G.taliban}/ledger`);
    expect(taliban).toMatchObject({ totals: { claims: 0, retractions: 0, denials: 1 }, retractionRate: null, medianHoursToRetraction: null });
    expect((await get('/v1/groups/00000000-0000-4000-8000-000000000000/ledger')).status).toBe(404);
  });

  it('GET /v1/retractions lists retracted claims with hours to retraction, filtered by group and retractedAt', async () => {
    const all = await read('/v1/retractions?limit=500');
    const expected = claims
      .filter((c) => c.retractedAt)
      .map((c) => ({
        id: c.retractionId,
        claimId: c.id,
        incidentId: c.incident,
        groupId: c.group,
        claimedAt: c.claimedAt,
        retractedAt: c.retractedAt,
        hoursToRetraction: hours(c.claimedAt, c.retractedAt!),
        sourceId: S.dawn,
        reason: c.reason ?? null,
      }));
    const byId = (xs: any[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(all.items)).toEqual(byId(expected));
    expect(all.items.map((r: any) => r.hoursToRetraction).sort((a: number, b: number) => a - b)).toEqual([6, 20, 50, 100]);

    expect(byId((await read('/v1/retractions?group=TTP&limit=500')).items)).toEqual(byId(expected));
    expect((await read('/v1/retractions?group=TJP')).items).toEqual([]);
    const ranged = await read('/v1/retractions?group=Tehreek-e-Taliban%20Pakistan&from=2023-01-01&to=2023-06-30');
    expect(sorted(ranged.items.map((r: any) => r.incidentId))).toEqual(sorted([I.I1, I.I7]));
    const p = await pages('/v1/retractions?limit=1');
    expect(p.length).toBe(4);
    expect(sorted(p.flat())).toEqual(sorted(expected.map((e) => e.id!)));
  });

  it('GET /v1/analytics/claim-attribution-mismatches lists incidents whose active claimants and attributions differ', async () => {
    const body = await read('/v1/analytics/claim-attribution-mismatches');
    // I3: claimed by TJP, attributed to TTP. Not I9 (same group), not I7 (no active claim), not I5 (no claim).
    expect(body.items).toEqual([{ incidentId: I.I3, claimedBy: [G.tjp], attributedTo: [G.ttp] }]);
    expect((await read('/v1/analytics/claim-attribution-mismatches?from=2023-04-01')).items).toEqual([]);
    expect((await read('/v1/analytics/claim-attribution-mismatches?from=2023-03-01&to=2023-03-31')).items.map((x: any) => x.incidentId)).toEqual([I.I3]);
  });
});

describe('operations', () => {
  it('GET /v1/admin/projections is for admins: each read model with its position, lag and last rebuild', async () => {
    expect((await get('/v1/admin/projections', 'reporter')).status).toBe(403);
    expect((await get('/v1/admin/projections', 'analyst')).status).toBe(403);
    expect((await t.http.get('/v1/admin/projections')).status).toBe(401);
    const body = await read('/v1/admin/projections', 'admin');
    expect(sorted(body.items.map((x: any) => x.name))).toEqual(['groups', 'incidents', 'sources']);
    for (const item of body.items) expect(item).toEqual({ name: item.name, position: last, lag: 0, lastRebuild: null });
  });

  it('a rebuild requested by an admin is 202 with an id, 409 with the running id while it runs, and reported once done', async () => {
    expect((await t.http.post('/v1/admin/projections/all/rebuild').set(bearer(t.keys.analyst))).status).toBe(403);
    const res = await t.http.post('/v1/admin/projections/all/rebuild').set(bearer(t.keys.admin));
    expect(res.status).toBe(202);
    const id = res.body.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await t.http.post('/v1/admin/projections/incidents/rebuild').set(bearer(t.keys.admin));
    expect(again.status).toBe(409);
    expect(again.body.id).toBe(id);
    expect((await read(`/v1/admin/rebuilds/${id}`, 'admin')).status).toBe('running');

    // No worker consumes this suite's private queue: run the recorded rebuild as the worker would.
    const report = await new RebuildRunner(t.tdb.owner.db).run(id, { appRole: APP_ROLE, batchSize: 100 });
    expect(report.status).toBe('succeeded');
    const done = await read(`/v1/admin/rebuilds/${id}`, 'admin');
    expect(done).toMatchObject({ id, projection: 'all', status: 'succeeded', startedAt: expect.any(String), finishedAt: expect.any(String), drift: { rows: 0, sample: [] } });
    expect(done.events).toBeGreaterThan(0);
    expect(done.eventsPerSecond).toBeGreaterThan(0);
    const projections = await read('/v1/admin/projections', 'admin');
    for (const item of projections.items) expect(item.lastRebuild).toEqual(done);
    // The models still answer, from the swapped-in tables.
    expect((await read(`/v1/incidents/${I.I6}`)).status).toBe('claimed');
    expect((await get('/v1/admin/rebuilds/00000000-0000-4000-8000-000000000000', 'admin')).status).toBe(404);
  });

  it('minPosition beyond anything applied is 503 with Retry-After after the configured wait', async () => {
    const saved = process.env.MIN_POSITION_WAIT_MS;
    process.env.MIN_POSITION_WAIT_MS = '300';
    try {
      const started = Date.now();
      const res = await get(`/v1/incidents/${I.I1}?minPosition=${last + 1000}`);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toEqual(expect.any(String));
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect((await get(`/v1/groups?minPosition=${last + 1000}`)).status).toBe(503);
    } finally {
      if (saved === undefined) delete process.env.MIN_POSITION_WAIT_MS;
      else process.env.MIN_POSITION_WAIT_MS = saved;
    }
    const bad = await get(`/v1/incidents/${I.I1}?minPosition=-1`);
    expect(bad.status).toBe(400);
  });

  it('minPosition of a write just made reads that write at once', async () => {
    const created = await post('/v1/incidents', 'reporter', { occurredAt: '2023-08-01', location: { country: 'PK' }, type: 'armed_assault', sourceIds: [S.dawn] });
    const claimed = await post(`/v1/incidents/${created.id}/claims`, 'reporter', { group: 'TJP', channel: 'video', claimedAt: '2023-08-01T18:00:00Z', sourceId: S.umar });
    const res = await get(`/v1/incidents/${created.id}?minPosition=${claimed.position}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, status: 'claimed', version: 2, position: claimed.position });
    expect(res.body.claims).toEqual([expect.objectContaining({ id: claimed.id, groupName: NAMES.tjp, status: 'active' })]);
  });
});
