import type { Citation } from '../shared/citation.js';
import { type EventEnvelopeFields, type StoredEvent, recordedAtIso, stampVersion } from '../shared/event-envelope.js';
import { parsePartialDate } from '../shared/partial-date.js';
import type { AffiliationEndReason } from '../shared/vocabulary.js';
import type {
  PersonAffiliationRecordedData,
  PersonAliasAddedData,
  PersonEvent,
  PersonStatusRecordedData,
} from './person.events.js';

/** An alias with its validity, as PersonAliasAdded recorded it (registration aliases: open). */
export type PersonAlias = PersonAliasAddedData;

/** As PersonAffiliationRecorded recorded it, then what ended or withdrew it. */
export interface PersonAffiliationState extends PersonAffiliationRecordedData {
  /** Null when the end was known at recording (no reason given) or it has not ended. */
  endReason: AffiliationEndReason | null;
  toGroupId: string | null;
  withdrawn: boolean;
  withdrawnReason: string | null;
  endSourceId: string | null;
  endCitation: Citation | null;
}

/** As PersonStatusRecorded recorded it, and when it was public and recorded. */
export interface PersonStatusEntry extends PersonStatusRecordedData {
  /** True when it became public only later than it happened (announcedAt certainly after `at`). */
  concealed: boolean;
  /** When the record learned it (envelope recordedAt, ISO), null when folded without envelope. */
  recordedAt: string | null;
}

export interface PersonState {
  id: string;
  name: string;
  aliases: PersonAlias[];
  summary: string | null;
  /** Every affiliation in recording order, ended and withdrawn ones included. */
  affiliations: PersonAffiliationState[];
  /** Every status in recording order. */
  statusHistory: PersonStatusEntry[];
  /** The latest by `at` (ties: the later recorded); null until a status is recorded. */
  status: PersonStatusEntry | null;
  version: number;
  position: number | null;
}

export const initialPersonState: PersonState | null = null;

/** Folds one event; never mutates `state`, so earlier states stay valid for as-of reads. */
export function evolvePerson(
  state: PersonState | null,
  event: (PersonEvent & EventEnvelopeFields) | StoredEvent,
): PersonState {
  const e = event as PersonEvent & EventEnvelopeFields;
  if (e.type === 'PersonRegistered') {
    const base: PersonState = {
      id: e.data.personId,
      name: e.data.name,
      aliases: e.data.aliases.map((alias) => ({ alias, validFrom: null, validTo: null })),
      summary: e.data.summary,
      affiliations: [],
      statusHistory: [],
      status: null,
      version: 0,
      position: null,
    };
    return stampVersion(base, e);
  }
  if (!state) throw new Error(`person stream must start with PersonRegistered, got ${e.type}`);
  switch (e.type) {
    case 'PersonAliasAdded':
      return stampVersion({ ...state, aliases: [...state.aliases, { ...e.data }] }, e);
    case 'PersonAffiliationRecorded': {
      const affiliation: PersonAffiliationState = {
        ...e.data,
        endReason: null,
        toGroupId: null,
        withdrawn: false,
        withdrawnReason: null,
        endSourceId: null,
        endCitation: null,
      };
      return stampVersion({ ...state, affiliations: [...state.affiliations, affiliation] }, e);
    }
    case 'PersonAffiliationEnded': {
      const d = e.data;
      return stampVersion(
        updateAffiliation(state, d.affiliationId, (a) => ({
          ...a,
          validTo: d.validTo,
          endReason: d.reason,
          toGroupId: d.toGroupId,
          endSourceId: d.sourceId,
          endCitation: d.citation,
        })),
        e,
      );
    }
    case 'PersonAffiliationWithdrawn':
      return stampVersion(
        updateAffiliation(state, e.data.affiliationId, (a) => ({
          ...a,
          withdrawn: true,
          withdrawnReason: e.data.reason,
        })),
        e,
      );
    case 'PersonStatusRecorded': {
      const d = e.data;
      const entry: PersonStatusEntry = {
        ...d,
        concealed: isConcealed(d.at, d.announcedAt),
        recordedAt: recordedAtIso(e.recordedAt),
      };
      const statusHistory = [...state.statusHistory, entry];
      return stampVersion({ ...state, statusHistory, status: currentStatus(statusHistory) }, e);
    }
    default:
      return stampVersion(state, e);
  }
}

function updateAffiliation(
  state: PersonState,
  affiliationId: string,
  change: (a: PersonAffiliationState) => PersonAffiliationState,
): PersonState {
  return {
    ...state,
    affiliations: state.affiliations.map((a) => (a.affiliationId === affiliationId ? change(a) : a)),
  };
}

/** Start of the period a partial date names (sort key); unparseable sorts first. */
function earliestMs(value: string): number {
  const parsed = parsePartialDate(value);
  return parsed ? Date.parse(parsed.earliest) : Number.NEGATIVE_INFINITY;
}

/** Concealed when the announcement certainly came after the fact: its period starts after `at`'s ends. */
export function isConcealed(at: string, announcedAt: string | null): boolean {
  if (announcedAt === null) return false;
  const a = parsePartialDate(at);
  const b = parsePartialDate(announcedAt);
  if (!a || !b) return false;
  return Date.parse(b.earliest) > Date.parse(a.latest);
}

/** The latest by `at` (period start, then period end); ties go to the later recorded. */
export function currentStatus(history: readonly PersonStatusEntry[]): PersonStatusEntry | null {
  let best: PersonStatusEntry | null = null;
  for (const entry of history) {
    if (best === null || compareAt(entry.at, best.at) >= 0) best = entry;
  }
  return best;
}

function compareAt(a: string, b: string): number {
  const byStart = earliestMs(a) - earliestMs(b);
  if (byStart !== 0) return byStart;
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return 0;
  return Date.parse(pa.latest) - Date.parse(pb.latest);
}

export function foldPerson(events: Iterable<(PersonEvent & EventEnvelopeFields) | StoredEvent>): PersonState | null {
  let state: PersonState | null = initialPersonState;
  for (const event of events) state = evolvePerson(state, event);
  return state;
}

/** Name plus aliases: what the cross-person reservation table holds for this person. */
export function personNames(state: PersonState): string[] {
  return [state.name, ...state.aliases.map((a) => a.alias)];
}

export function findAffiliation(state: PersonState, affiliationId: string): PersonAffiliationState | null {
  return state.affiliations.find((a) => a.affiliationId === affiliationId) ?? null;
}

/** Not withdrawn: what current reads list (ended ones included, with their validTo). */
export function standingAffiliations(state: PersonState): PersonAffiliationState[] {
  return state.affiliations.filter((a) => !a.withdrawn);
}
