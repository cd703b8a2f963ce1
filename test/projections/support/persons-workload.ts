// Person streams for the persons read-side suites: events in the contract's shapes
// (libs/domain/src/persons/person.events.ts), decided from the folded state like the writes do,
// appended at the version read (a concurrent writer makes it decide again: decideAndAppend).
import {
  AFFILIATION_END_REASONS,
  AFFILIATION_ROLES,
  PERSON_STATUSES,
  evolvePerson,
  personStreamId,
  type PersonState,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { decideAndAppend, int, pick, uuidFrom, type Rng, type World } from './workload.js';

type Decided = Array<{ type: string; data: unknown }>;

export const registered = (personId: string, name: string, aliases: string[] = [], summary: string | null = null) => ({
  type: 'PersonRegistered',
  data: { personId, name, aliases, summary },
});

export function affiliationRecorded(d: {
  affiliationId: string;
  groupId: string;
  role: string;
  validFrom: string;
  validTo?: string | null;
  sourceId?: string | null;
  confidence?: number | null;
  citation?: object | null;
}) {
  return {
    type: 'PersonAffiliationRecorded',
    data: {
      validTo: null,
      sourceId: null,
      citation: null,
      confidence: null,
      ...d,
    },
  };
}

export const affiliationEnded = (
  affiliationId: string,
  validTo: string,
  reason: string,
  toGroupId: string | null = null,
) => ({
  type: 'PersonAffiliationEnded',
  data: { affiliationId, validTo, reason, toGroupId, sourceId: null, citation: null },
});

export const affiliationWithdrawn = (affiliationId: string, reason: string) => ({
  type: 'PersonAffiliationWithdrawn',
  data: { affiliationId, reason },
});

export const statusRecorded = (statusId: string, status: string, at: string, announcedAt: string | null = null) => ({
  type: 'PersonStatusRecorded',
  data: { statusId, status, at, announcedAt, sourceId: null, citation: null, incidentId: null, note: null },
});

/** A partial date of random precision between 2000 and 2020. */
export function randomPartialDate(rng: Rng, minYear = 2000, maxYear = 2020): string {
  const y = int(rng, minYear, maxYear);
  const m = String(int(rng, 1, 12)).padStart(2, '0');
  const d = String(int(rng, 1, 28)).padStart(2, '0');
  const p = rng();
  return p < 0.25 ? `${y}` : p < 0.6 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

/** One random command's events against the folded person (registration first). */
export function randomPersonEvents(rng: Rng, world: World, personId: string, s: PersonState | null): Decided {
  if (!s) return [registered(personId, `Person ${personId.slice(0, 8)}`, [`Alias ${personId.slice(0, 4)}`], 'x')];
  const open = s.affiliations.filter((a) => !a.withdrawn && a.validTo === null);
  const standing = s.affiliations.filter((a) => !a.withdrawn);
  const p = rng();
  if (p < 0.15)
    return [
      { type: 'PersonAliasAdded', data: { alias: `a-${uuidFrom(rng).slice(0, 6)}`, validFrom: null, validTo: null } },
    ];
  if (p < 0.5 || !standing.length) {
    const from = randomPartialDate(rng, 2000, 2015);
    return [
      affiliationRecorded({
        affiliationId: uuidFrom(rng),
        groupId: pick(rng, world.groups).id,
        role: pick(rng, AFFILIATION_ROLES),
        validFrom: from,
        validTo: rng() < 0.3 ? randomPartialDate(rng, 2016, 2020) : null,
        sourceId: rng() < 0.5 ? pick(rng, world.sources) : null,
        confidence: rng() < 0.5 ? int(rng, 0, 100) : null,
        citation:
          rng() < 0.3
            ? {
                url: 'https://example.org/a',
                headline: 'h',
                publishedAt: '2016',
                archiveUrl: null,
                quote: null,
                language: 'en',
              }
            : null,
      }),
    ];
  }
  if (p < 0.7 && open.length) {
    const reason = pick(rng, AFFILIATION_END_REASONS);
    return [
      affiliationEnded(
        pick(rng, open).affiliationId,
        randomPartialDate(rng, 2016, 2020),
        reason,
        reason === 'defected' ? pick(rng, world.groups).id : null,
      ),
    ];
  }
  if (p < 0.8) return [affiliationWithdrawn(pick(rng, standing).affiliationId, 'recorded wrongly')];
  return [statusRecorded(uuidFrom(rng), pick(rng, PERSON_STATUSES), randomPartialDate(rng, 2005, 2020))];
}

/**
 * `writers` concurrent writers, each appending `ops` random commands to the given persons;
 * `retried`: appends that had to decide again.
 */
export async function runPersonsWorkload(o: {
  store: EventStore;
  world: World;
  persons: string[];
  writers: number;
  ops: number;
  seed: number;
  /** Called after each of a writer's commands, while the others keep writing (e.g. a live read). */
  afterEach?: (writer: number, op: number) => Promise<void>;
}): Promise<{ appended: number; retried: number }> {
  let appended = 0;
  let retried = 0;
  await Promise.all(
    Array.from({ length: o.writers }, async (_, w) => {
      const rng = (await import('./workload.js')).mulberry32(o.seed + w);
      for (let i = 0; i < o.ops; i++) {
        const id = pick(rng, o.persons);
        const r = await decideAndAppend(
          o.store,
          personStreamId(id),
          evolvePerson,
          (s) => randomPersonEvents(rng, o.world, id, s),
          { writer: w + 1 },
        );
        if (r) appended += r.events.length;
        if (r && r.attempts > 1) retried++;
        await o.afterEach?.(w, i);
      }
    }),
  );
  return { appended, retried };
}
