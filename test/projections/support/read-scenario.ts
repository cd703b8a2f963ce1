// The scenario the read-endpoint suites share (read-endpoints-*.int-spec.ts): a small world written
// through the API, with a projection runner following the log and `minPosition` to read the writes,
// and what it recorded, to work the expected answers out independently of the read models. The
// `let` bindings are live ES module exports, set by useReadScenario's beforeAll.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import type { ProjectionRunner } from '@app/projections';
import { ReadAfterWrite, type Role } from '../../support/read-after-write.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { obliterateMaintenanceQueue } from '../../support/redis-cleanup.js';
import { startProjectionRunner } from '../../support/projections.js';

export type { Role };

export const QUEUE_PREFIX = `{ct-proj-reads-${randomBytes(4).toString('hex')}}`;
export let t: TestApp;
export let runner: ProjectionRunner;
export let api: ReadAfterWrite;

export const G: Record<'ttp' | 'tjp' | 'iskp' | 'taliban', string> = { ttp: '', tjp: '', iskp: '', taliban: '' };
export const NAMES = {
  ttp: 'Tehreek-e-Taliban Pakistan',
  tjp: 'Tehreek-e-Jihad Pakistan',
  iskp: 'Islamic State Khorasan Province',
  taliban: 'Afghan Taliban',
};
export const S: Record<'dawn' | 'umar' | 'diary', string> = { dawn: '', umar: '', diary: '' };
export const I: Record<string, string> = {};
export const fillers: string[] = [];

/** What the scenario recorded, to work the expected answers out from. */
export interface ClaimRec {
  id: string;
  incident: string;
  group: string;
  claimedAt: string;
  retractedAt?: string;
  retractionId?: string;
  sourceId: string;
  reason?: string | null;
}
export const claims: ClaimRec[] = [];
export const denials: Array<{ id: string; incident: string; group: string; deniedAt: string }> = [];
export const attributions: Array<{ id: string; incident: string; group: string; period: string; withdrawn: boolean }> =
  [];
export const incidentPeriod: Record<string, string> = {};
export const relationIds: Record<string, string> = {};

export const post = (path: string, role: Role, body: object): Promise<any> => api.post(path, role, body);
export const get = (path: string, role: Role = 'reporter') => api.get(path, role);

/** A read that must see every write so far. */
export async function read(path: string, role: Role = 'reporter'): Promise<any> {
  const res = await api.read(path, role);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function incident(key: string, occurredAt: string, country: string, extra: object = {}) {
  const b = await post('/v1/incidents', 'reporter', {
    occurredAt,
    location: { country, admin1: null, place: null },
    type: 'bombing',
    sourceIds: [S.dawn],
    ...extra,
  });
  I[key] = b.id;
  incidentPeriod[b.id] = occurredAt.length === 4 ? occurredAt : occurredAt.slice(0, 7);
  return b.id;
}

export async function claim(
  key: string,
  group: keyof typeof G,
  claimedAt: string,
  ref: string = group.toUpperCase(),
): Promise<ClaimRec> {
  const b = await api.claim(I[key], ref, claimedAt, S.umar, { credibility: 3 });
  const rec: ClaimRec = {
    id: b.id,
    incident: I[key],
    group: G[group],
    claimedAt: new Date(claimedAt).toISOString(),
    sourceId: S.umar,
  };
  claims.push(rec);
  return rec;
}

export async function retract(
  key: string,
  c: ClaimRec,
  retractedAt: string,
  reason: string | null = 'mosques are off limits',
) {
  const b = await api.retract(I[key], c.id, retractedAt, S.dawn, reason);
  Object.assign(c, { retractedAt: new Date(retractedAt).toISOString(), retractionId: b.id, reason });
  return b;
}

export async function deny(key: string, group: keyof typeof G, deniedAt: string) {
  const b = await api.deny(I[key], NAMES[group], deniedAt, S.dawn, 'We had no part in it');
  denials.push({ id: b.id, incident: I[key], group: G[group], deniedAt: new Date(deniedAt).toISOString() });
  return b;
}

export async function attribute(key: string, group: keyof typeof G, confidence: number) {
  const b = await api.attribute(I[key], G[group], confidence, 'security sources', [S.diary]);
  attributions.push({ id: b.id, incident: I[key], group: G[group], period: incidentPeriod[I[key]], withdrawn: false });
  return b;
}

export const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const inRange = (iso: string, from?: string, to?: string) =>
  (!from || Date.parse(iso) >= Date.parse(from)) && (!to || Date.parse(iso) <= Date.parse(to));

/** The ledger of a group worked out from the scenario (docs/API.md "Reads"). */
export function expectedLedger(groupId: string, from?: string, to?: string) {
  type Counts = { claims: number; retractions: number; denials: number; attributions: number };
  const zero = (): Counts => ({ claims: 0, retractions: 0, denials: 0, attributions: 0 });
  const rows = new Map<string, { month: string } & Counts>();
  // Each event counts in its month's row and in the totals alike (the query sums its rows instead).
  const totals = zero();
  const count = (month: string, kind: keyof Counts) => {
    const row = rows.get(month) ?? rows.set(month, { month, ...zero() }).get(month)!;
    row[kind]++;
    totals[kind]++;
  };
  const mine = claims.filter((c) => c.group === groupId);
  for (const c of mine) if (inRange(c.claimedAt, from, to)) count(c.claimedAt.slice(0, 7), 'claims');
  for (const c of mine)
    if (c.retractedAt && inRange(c.retractedAt, from, to)) count(c.retractedAt.slice(0, 7), 'retractions');
  for (const d of denials)
    if (d.group === groupId && inRange(d.deniedAt, from, to)) count(d.deniedAt.slice(0, 7), 'denials');
  for (const a of attributions) {
    if (a.group !== groupId || a.withdrawn) continue;
    // The incident's period overlaps the range.
    const start = a.period.length === 4 ? `${a.period}-01-01T00:00:00.000Z` : `${a.period}-01T00:00:00.000Z`;
    const end =
      a.period.length === 4
        ? `${Number(a.period) + 1}-01-01T00:00:00.000Z`
        : new Date(Date.UTC(Number(a.period.slice(0, 4)), Number(a.period.slice(5, 7)), 1)).toISOString();
    if ((!to || Date.parse(start) <= Date.parse(to)) && (!from || Date.parse(end) > Date.parse(from)))
      count(a.period, 'attributions');
  }
  const byMonth = [...rows.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  const counted = mine.filter((c) => inRange(c.claimedAt, from, to));
  const retracted = counted.filter((c) => c.retractedAt);
  const med = median(retracted.map((c) => hours(c.claimedAt, c.retractedAt!)));
  return {
    totals,
    byMonth,
    retractionRate: counted.length ? retracted.length / counted.length : null,
    medianHoursToRetraction: med,
  };
}

/** Follows nextCursor to the end; returns every page's ids. */
export async function pages(path: string, idOf: (item: any) => string = (x) => x.id): Promise<string[][]> {
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

export const sorted = (xs: string[]) => [...xs].sort();

/** Registers the suite's beforeAll (app, runner, the scenario) and afterAll under its own database `label`. */
export function useReadScenario(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label, { QUEUE_PREFIX });
    api = new ReadAfterWrite(t);
    runner = startProjectionRunner(t.tdb);

    S.dawn = (await post('/v1/sources', 'reporter', { name: 'Dawn', kind: 'news', reliability: 'B' })).id;
    S.umar = (
      await post('/v1/sources', 'reporter', { name: 'Umar Media', kind: 'group_channel', reliability: 'F' })
    ).id;
    S.diary = (await post('/v1/sources', 'reporter', { name: 'Khorasan Diary', kind: 'analyst', reliability: 'C' })).id;
    await post(`/v1/sources/${S.dawn}/ratings`, 'analyst', {
      reliability: 'D',
      reason: 'ran an unauthenticated article',
    });

    G.ttp = (await post('/v1/groups', 'analyst', { name: NAMES.ttp, aliases: ['TTP'], kind: 'militant' })).id;
    G.tjp = (await post('/v1/groups', 'analyst', { name: NAMES.tjp, aliases: ['TJP'], kind: 'militant' })).id;
    G.iskp = (
      await post('/v1/groups', 'analyst', { name: NAMES.iskp, aliases: ['ISKP', 'IS-K'], kind: 'militant' })
    ).id;
    G.taliban = (
      await post('/v1/groups', 'analyst', {
        name: NAMES.taliban,
        aliases: ['Islamic Emirate of Afghanistan'],
        kind: 'militant',
      })
    ).id;
    await post(`/v1/groups/${G.ttp}/aliases`, 'analyst', {
      alias: 'Pakistani Taliban',
      validFrom: '2014',
      validTo: null,
    });
    relationIds.front = (
      await post(`/v1/groups/${G.tjp}/relations`, 'analyst', {
        relation: 'suspected_front_of',
        otherGroup: 'TTP',
        validFrom: '2020',
        sourceId: S.diary,
        confidence: 40,
      })
    ).id;
    relationIds.rival = (
      await post(`/v1/groups/${G.tjp}/relations`, 'analyst', {
        relation: 'rival_of',
        otherGroup: 'ISKP',
        validFrom: '2021-06',
        validTo: '2022',
      })
    ).id;
    await post(`/v1/groups/${G.tjp}/relations/${relationIds.rival}/withdrawal`, 'analyst', {
      reason: 'single unreliable report',
    });

    // I1 retracted; I2 contested; I3 claimed by TJP, attributed to TTP; I4 claimed, denied by another group;
    // I5 (year only) attributed, a second attribution withdrawn; I6 claimed by TJP after TTP retracted (competing);
    // I7 retracted then attributed, denied by the former claimant; I8 retracted then claimed again;
    // I9 claimed and attributed alike.
    await incident('I1', '2023-01-30', 'Pakistan', {
      target: 'Police Lines mosque',
      casualties: { killedMin: 84, killedMax: 101 },
    });
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
    await post(`/v1/incidents/${I.I10}/corrections`, 'reporter', {
      fields: { occurredAt: '2020-11' },
      reason: 'local press gives the month',
    });
    attributions.find((a) => a.incident === I.I10)!.period = '2020-11';
    // Unclaimed fillers, several on the same day: cursor pages must break ties.
    for (let i = 0; i < 10; i++) fillers.push(await incident(`F${i}`, `2019-0${(i % 3) + 1}-10`, 'PK'));
  });

  afterAll(async () => {
    await runner?.stop();
    await obliterateMaintenanceQueue(QUEUE_PREFIX);
    await t?.close();
  });
}
