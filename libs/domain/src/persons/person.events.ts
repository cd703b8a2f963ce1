import type { Citation } from '../shared/citation.js';
import { type EventsOf, eventGuard } from '../shared/event-envelope.js';
import type { AffiliationEndReason, AffiliationRole, PersonStatus } from '../shared/vocabulary.js';

// Stream `person-<id>`: the individuals the record is about (leaders, commanders, spokespersons…).
// Dates are partial dates in canonical form (`2015`, `2015-01`, `2015-01-26`) or RFC 3339 times.

export const PERSON_EVENT_TYPES = [
  'PersonRegistered',
  'PersonAliasAdded',
  'PersonAffiliationRecorded',
  'PersonAffiliationEnded',
  'PersonAffiliationWithdrawn',
  'PersonStatusRecorded',
] as const;
export type PersonEventType = (typeof PERSON_EVENT_TYPES)[number];

export interface PersonRegisteredData {
  personId: string;
  name: string;
  aliases: string[];
  summary: string | null;
}

export interface PersonAliasAddedData {
  alias: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface PersonAffiliationRecordedData {
  affiliationId: string;
  groupId: string;
  role: AffiliationRole;
  validFrom: string;
  /** Known end at the time of recording (else ended later by PersonAffiliationEnded). */
  validTo: string | null;
  sourceId: string | null;
  citation: Citation | null;
  /** 0–100 (STIX 2.1 confidence). */
  confidence: number | null;
}

/** It was true and it ended (not a correction: that is a withdrawal). */
export interface PersonAffiliationEndedData {
  affiliationId: string;
  validTo: string;
  reason: AffiliationEndReason;
  /** With `defected`: the group the person went to, when known. */
  toGroupId: string | null;
  sourceId: string | null;
  citation: Citation | null;
}

/** It was recorded wrongly: kept in the history, left out of current reads. */
export interface PersonAffiliationWithdrawnData {
  affiliationId: string;
  reason: string;
}

export interface PersonStatusRecordedData {
  statusId: string;
  status: PersonStatus;
  /** When it happened. */
  at: string;
  /** When it became public, if later than `at` (a concealed fact: a death announced two years on). */
  announcedAt: string | null;
  sourceId: string | null;
  citation: Citation | null;
  incidentId: string | null;
  note: string | null;
}

/** The stream's events: each type with its data. */
export type PersonEvent = EventsOf<{
  PersonRegistered: PersonRegisteredData;
  PersonAliasAdded: PersonAliasAddedData;
  PersonAffiliationRecorded: PersonAffiliationRecordedData;
  PersonAffiliationEnded: PersonAffiliationEndedData;
  PersonAffiliationWithdrawn: PersonAffiliationWithdrawnData;
  PersonStatusRecorded: PersonStatusRecordedData;
}>;

export const isPersonEvent = eventGuard<PersonEvent>(PERSON_EVENT_TYPES);
