import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@app/event-store';

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

/**
 * Appends roughly `target` events of a realistic mix: groups and sources, then incidents with
 * claims, extra claim sources, retractions, denials, attributions and corrections.
 */
export async function generateHistory(store: EventStore, target: number, concurrency = 8): Promise<number> {
  const rnd = prng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const groups = Array.from({ length: 50 }, () => randomUUID());
  const sources = Array.from({ length: 20 }, () => randomUUID());
  let written = 0;
  for (const [i, id] of groups.entries()) {
    await store.append(`group-${id}`, [{ type: 'GroupRegistered', data: { groupId: id, name: `Group ${i}`, aliases: [`G${i}`], kind: 'militant' } }]);
    written++;
  }
  for (const [i, id] of sources.entries()) {
    await store.append(`source-${id}`, [{ type: 'SourceRegistered', data: { sourceId: id, name: `Source ${i}`, kind: 'news', reliability: pick(['A', 'B', 'C', 'D']) } }]);
    written++;
  }
  const incident = (): NewEvent[] => {
    const id = randomUUID();
    const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rnd() * 3650) * 86400000);
    const date = day.toISOString().slice(0, 10);
    const events: NewEvent[] = [
      {
        type: 'IncidentReported',
        data: {
          incidentId: id,
          occurredAt: { value: date, precision: 'day', earliest: `${date}T00:00:00.000Z`, latest: `${date}T23:59:59.999Z` },
          location: { country: 'PK', admin1: null, place: null, lat: null, lon: null },
          type: pick(TYPES), suicide: rnd() < 0.2, target: 'Police checkpoint',
          casualties: { killedMin: 1, killedMax: 3, injuredMin: null, injuredMax: null }, summary: null, sourceIds: [pick(sources)],
        },
      },
    ];
    const claimants: string[] = [];
    const claims = rnd() < 0.6 ? 1 + Math.floor(rnd() * 2) : 0;
    for (let c = 0; c < claims; c++) {
      const g = pick(groups);
      if (claimants.includes(g)) continue;
      const claimId = randomUUID();
      const claimedAt = new Date(day.getTime() + 3600000 * (2 + c)).toISOString();
      events.push({ type: 'ClaimRecorded', data: { claimId, groupId: g, channel: pick(CHANNELS), claimedAt, spokesperson: null, sourceId: pick(sources), credibility: 3, competingGroupIds: [...claimants] } });
      claimants.push(g);
      if (rnd() < 0.3) events.push({ type: 'ClaimSourceAdded', data: { claimId, sourceId: pick(sources), credibility: 2 } });
      if (rnd() < 0.25) {
        events.push({ type: 'ClaimRetracted', data: { retractionId: randomUUID(), claimId, groupId: g, retractedAt: new Date(Date.parse(claimedAt) + 3600000 * (1 + rnd() * 72)).toISOString(), sourceId: pick(sources), reason: null } });
      }
    }
    if (rnd() < 0.1) events.push({ type: 'ClaimDenied', data: { denialId: randomUUID(), groupId: pick(groups), deniedAt: new Date(day.getTime() + 86400000).toISOString(), sourceId: pick(sources), statement: null, contradictsClaimId: null } });
    if (rnd() < 0.5) events.push({ type: 'AttributionAssessed', data: { attributionId: randomUUID(), groupId: pick(groups), confidence: 50 + Math.floor(rnd() * 50), basis: 'pattern', sourceIds: [] } });
    if (rnd() < 0.1) events.push({ type: 'IncidentCorrected', data: { fields: { casualties: { killedMin: 2, killedMax: 4, injuredMin: null, injuredMax: null } }, reason: 'updated toll' } });
    return events.map((e) => ({ ...e, metadata: { actor: { keyId: 'bench', role: 'admin', name: 'bench' } } }));
  };
  let next = 0;
  const worker = async () => {
    while (written < target) {
      const events = incident();
      written += events.length;
      next++;
      const id = (events[0].data as { incidentId: string }).incidentId;
      await store.append(`incident-${id}`, events, { expectedVersion: 'no_stream' });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}
