import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { GroupNamesRepository } from '@app/domain';
import { appendBulk, type BulkEvent, type NewEvent, type Database } from '@app/event-store';

/** A seeded PRNG, so every run generates the same history. */
export function prng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['statement', 'video', 'social_media', 'website', 'call', 'letter'];
const TYPES = ['bombing', 'armed_assault', 'assassination', 'hostage_kidnapping', 'facility_attack'];

/** A UUID (v4 layout) drawn from `rnd`, so a generated history has the same ids every time. */
export function seededUuid(rnd: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rnd() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface GeneratedHistory {
  events: number;
  incidentIds: string[];
  personIds: string[];
  groupIds: string[];
  sourceIds: string[];
}

/**
 * Writes roughly `target` events of a realistic mix with the bulk append (one statement per
 * batch): groups and sources, then incidents with claims, extra claim sources, retractions,
 * denials, attributions and corrections. Ids are seeded: the same call writes the same history.
 */
export async function generateHistory(
  db: Kysely<Database>,
  target: number,
  opts: { seed?: number; batchEvents?: number } = {},
): Promise<GeneratedHistory> {
  const rnd = prng(opts.seed ?? 7);
  const uuid = () => seededUuid(rnd);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const groups = Array.from({ length: 50 }, uuid);
  const sources = Array.from({ length: 20 }, uuid);
  const metadata = { actor: { keyId: 'bench', role: 'admin', name: 'bench' } };
  const head: BulkEvent[] = [
    ...groups.map((id, i) => ({
      streamId: `group-${id}`,
      eventId: uuid(),
      type: 'GroupRegistered',
      data: { groupId: id, name: `Group ${i}`, aliases: [`G${i}`], kind: 'militant' },
    })),
    ...sources.map((id, i) => ({
      streamId: `source-${id}`,
      eventId: uuid(),
      type: 'SourceRegistered',
      data: { sourceId: id, name: `Source ${i}`, kind: 'news', reliability: pick(['A', 'B', 'C', 'D']) },
    })),
  ];
  await appendBulk(db, head, metadata);
  // The name reservations the API's writes keep beside the events: group reads (and the console's
  // group page, bench V1) resolve a group through them.
  const names = new GroupNamesRepository(db);
  for (const [i, id] of groups.entries())
    await names.reserve(
      db,
      id,
      [
        { name: `Group ${i}`, isAlias: false },
        { name: `G${i}`, isAlias: true },
      ],
      'name',
    );
  const personIds = await generatePersons(db, Math.max(50, Math.floor(target / 200)), {
    uuid,
    pick,
    rnd,
    groups,
    sources,
  });
  const incidentIds: string[] = [];
  const incident = (): NewEvent[] => {
    const id = uuid();
    incidentIds.push(id);
    const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rnd() * 3650) * 86400000);
    const date = day.toISOString().slice(0, 10);
    const events: NewEvent[] = [
      {
        type: 'IncidentReported',
        data: {
          incidentId: id,
          occurredAt: {
            value: date,
            precision: 'day',
            earliest: `${date}T00:00:00.000Z`,
            latest: `${date}T23:59:59.999Z`,
          },
          location: { country: 'PK', admin1: null, place: null, lat: null, lon: null },
          type: pick(TYPES),
          suicide: rnd() < 0.2,
          target: 'Police checkpoint',
          casualties: { killedMin: 1, killedMax: 3, injuredMin: null, injuredMax: null },
          summary: null,
          sourceIds: [pick(sources)],
        },
      },
    ];
    const claimants: string[] = [];
    const claims = rnd() < 0.6 ? 1 + Math.floor(rnd() * 2) : 0;
    for (let c = 0; c < claims; c++) {
      const g = pick(groups);
      if (claimants.includes(g)) continue;
      const claimId = uuid();
      const claimedAt = new Date(day.getTime() + 3600000 * (2 + c)).toISOString();
      events.push({
        type: 'ClaimRecorded',
        data: {
          claimId,
          groupId: g,
          channel: pick(CHANNELS),
          claimedAt,
          spokesperson: null,
          sourceId: pick(sources),
          credibility: 3,
          competingGroupIds: [...claimants],
        },
      });
      claimants.push(g);
      if (rnd() < 0.3)
        events.push({ type: 'ClaimSourceAdded', data: { claimId, sourceId: pick(sources), credibility: 2 } });
      if (rnd() < 0.25) {
        events.push({
          type: 'ClaimRetracted',
          data: {
            retractionId: uuid(),
            claimId,
            groupId: g,
            retractedAt: new Date(Date.parse(claimedAt) + 3600000 * (1 + rnd() * 72)).toISOString(),
            sourceId: pick(sources),
            reason: null,
          },
        });
      }
    }
    if (rnd() < 0.1)
      events.push({
        type: 'ClaimDenied',
        data: {
          denialId: uuid(),
          groupId: pick(groups),
          deniedAt: new Date(day.getTime() + 86400000).toISOString(),
          sourceId: pick(sources),
          statement: null,
          contradictsClaimId: null,
        },
      });
    if (rnd() < 0.5)
      events.push({
        type: 'AttributionAssessed',
        data: {
          attributionId: uuid(),
          groupId: pick(groups),
          confidence: 50 + Math.floor(rnd() * 50),
          basis: 'pattern',
          sourceIds: [],
        },
      });
    if (rnd() < 0.1)
      events.push({
        type: 'IncidentCorrected',
        data: {
          fields: { casualties: { killedMin: 2, killedMax: 4, injuredMin: null, injuredMax: null } },
          reason: 'updated toll',
        },
      });
    return events.map((e) => ({ ...e, eventId: uuid() }));
  };
  let written = head.length;
  const batchEvents = opts.batchEvents ?? 5000;
  while (written < target) {
    const batch: BulkEvent[] = [];
    while (batch.length < batchEvents && written + batch.length < target) {
      const events = incident();
      const streamId = `incident-${(events[0].data as { incidentId: string }).incidentId}`;
      for (const e of events) batch.push({ streamId, eventId: e.eventId!, type: e.type, data: e.data });
    }
    written += (await appendBulk(db, batch, metadata)).appended;
  }
  return { events: written + personIds.length * 5, incidentIds, personIds, groupIds: groups, sourceIds: sources };
}

/**
 * `count` person streams of five events each (registered; a member affiliation ended by defection;
 * a leader affiliation in another group; a status), for the person picture read beside Q1.
 */
async function generatePersons(
  db: Kysely<Database>,
  count: number,
  g: { uuid: () => string; pick: <T>(xs: T[]) => T; rnd: () => number; groups: string[]; sources: string[] },
): Promise<string[]> {
  const ids = Array.from({ length: count }, g.uuid);
  const year = () => 2000 + Math.floor(g.rnd() * 20);
  const events: BulkEvent[] = ids.flatMap((personId, i) => {
    const [joined, left] = [year(), year()].sort();
    const [first, second] = [g.uuid(), g.uuid()];
    const citation = {
      url: `https://news.example/${i}`,
      headline: null,
      publishedAt: null,
      archiveUrl: null,
      quote: null,
      language: null,
    };
    const affiliation = (affiliationId: string, role: string, validFrom: string) => ({
      affiliationId,
      groupId: g.pick(g.groups),
      role,
      validFrom,
      validTo: null,
      sourceId: g.pick(g.sources),
      citation,
      confidence: 70,
    });
    const data = [
      ['PersonRegistered', { personId, name: `Person ${i}`, aliases: [`P${i}`], summary: null }],
      ['PersonAffiliationRecorded', affiliation(first, 'member', String(joined))],
      [
        'PersonAffiliationEnded',
        { affiliationId: first, validTo: String(left), reason: 'defected', toGroupId: null, sourceId: null, citation },
      ],
      ['PersonAffiliationRecorded', affiliation(second, 'leader', String(left))],
      [
        'PersonStatusRecorded',
        {
          statusId: g.uuid(),
          status: 'detained',
          at: `${left + 1}`,
          announcedAt: null,
          sourceId: null,
          citation,
          incidentId: null,
          note: null,
        },
      ],
    ] as const;
    return data.map(([type, d]) => ({ streamId: `person-${personId}`, eventId: g.uuid(), type, data: d }));
  });
  for (let i = 0; i < events.length; i += 5000)
    await appendBulk(db, events.slice(i, i + 5000), { actor: { keyId: 'bench', role: 'admin', name: 'bench' } });
  return ids;
}

/** The data of a bare IncidentReported: a bombing in PK on 30 January 2023, nothing else known. */
export const bareIncidentData = (incidentId: string) => ({
  incidentId,
  occurredAt: {
    value: '2023-01-30',
    precision: 'day',
    earliest: '2023-01-30T00:00:00.000Z',
    latest: '2023-01-30T23:59:59.999Z',
  },
  location: { country: 'PK', admin1: null, place: null, lat: null, lon: null },
  type: 'bombing',
  suicide: null,
  target: null,
  casualties: { killedMin: null, killedMax: null, injuredMin: null, injuredMax: null },
  summary: null,
  sourceIds: [],
});

/** The data of a ClaimRecorded by a statement on that day, no competitors: what the claim workloads append. */
export const claimRecordedData = (claimId: string, groupId: string, sourceId: string) => ({
  claimId,
  groupId,
  channel: 'statement',
  claimedAt: '2023-01-30T10:00:00.000Z',
  spokesperson: null,
  sourceId,
  credibility: 3,
  competingGroupIds: [],
});

/** Groups, sources and `incidents` bare incidents for claim workloads (corroboration benches). */
export async function seedClaimTargets(
  db: Kysely<Database>,
  incidentCount: number,
): Promise<{ groups: string[]; sources: string[]; incidents: string[] }> {
  const groups = Array.from({ length: 20 }, () => randomUUID());
  const sources = Array.from({ length: 6 }, () => randomUUID());
  const incidents = Array.from({ length: incidentCount }, () => randomUUID());
  await appendBulk(
    db,
    [
      ...groups.map((g, i) => ({
        streamId: `group-${g}`,
        eventId: randomUUID(),
        type: 'GroupRegistered',
        data: { groupId: g, name: `Group ${i}`, aliases: [], kind: 'militant' },
      })),
      ...sources.map((s, i) => ({
        streamId: `source-${s}`,
        eventId: randomUUID(),
        type: 'SourceRegistered',
        data: { sourceId: s, name: `Source ${i}`, kind: 'news', reliability: 'ABCDEF'[i] },
      })),
      ...incidents.map((id) => ({
        streamId: `incident-${id}`,
        eventId: randomUUID(),
        type: 'IncidentReported',
        data: bareIncidentData(id),
      })),
    ],
    { actor: { keyId: 'bench', role: 'admin', name: 'bench' } },
  );
  return { groups, sources, incidents };
}
