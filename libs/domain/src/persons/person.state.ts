import type { Citation } from '../shared/citation.js';
import { type EventEnvelopeFields, type StoredEvent } from '../shared/event-envelope.js';
import { parsePartialDate } from '../shared/partial-date.js';
import type { AffiliationEndReason, AffiliationRole, PersonStatus } from '../shared/vocabulary.js';
import type { PersonAliasAddedData, PersonEvent } from './person.events.js';

/** An alias with its validity, as PersonAliasAdded recorded it (registration aliases: open). */
export type PersonAlias = PersonAliasAddedData;

export interface PersonAffiliationState {
  affiliationId: string;
  groupId: string;
  role: AffiliationRole;
  validFrom: string;
  /** Known at recording, or set by PersonAffiliationEnded. */
  validTo: string | null;
  /** Null when the end was known at recording (no reason given) or it has not ended. */
  endReason: AffiliationEndReason | null;
  toGroupId: string | null;
  withdrawn: boolean;
  withdrawnReason: string | null;
  confidence: number | null;
  sourceId: string | null;
  citation: Citation | null;
  endSourceId: string | null;
  endCitation: Citation | null;
}

export interface PersonStatusEntry {
  statusId: string;
  status: PersonStatus;
  at: string;
  announcedAt: string | null;
  /** True when it became public only later than it happened (announcedAt certainly after `at`). */
  concealed: boolean;
  sourceId: string | null;
  citation: Citation | null;
  incidentId: string | null;
  note: string | null;
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
    return stamp(base, e);
  }
  if (!state) throw new Error(`person stream must start with PersonRegistered, got ${e.type}`);
  switch (e.type) {
    case 'PersonAliasAdded':
      return stamp({ ...state, aliases: [...state.aliases, { ...e.data }] }, e);
    case 'PersonAffiliationRecorded': {
      const d = e.data;
      const affiliation: PersonAffiliationState = {
        affiliationId: d.affiliationId,
        groupId: d.groupId,
        role: d.role,
        validFrom: d.validFrom,
        validTo: d.validTo,
        endReason: null,
        toGroupId: null,
        withdrawn: false,
        withdrawnReason: null,
        confidence: d.confidence,
        sourceId: d.sourceId,
        citation: d.citation,
        endSourceId: null,
        endCitation: null,
      };
      return stamp({ ...state, affiliations: [...state.affiliations, affiliation] }, e);
    }
    case 'PersonAffiliationEnded': {
      const d = e.data;
      return stamp(
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
      return stamp(
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
        statusId: d.statusId,
        status: d.status,
        at: d.at,
        announcedAt: d.announcedAt,
        concealed: isConcealed(d.at, d.announcedAt),
        sourceId: d.sourceId,
        citation: d.citation,
        incidentId: d.incidentId,
        note: d.note,
        recordedAt: toIso(e.recordedAt),
      };
      const statusHistory = [...state.statusHistory, entry];
      return stamp({ ...state, statusHistory, status: currentStatus(statusHistory) }, e);
    }
    default:
      return stamp(state, e);
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

function stamp(state: PersonState, e: EventEnvelopeFields): PersonState {
  return { ...state, version: e.streamVersion ?? state.version + 1, position: e.position ?? state.position };
}

function toIso(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
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
