import type { Citation } from '../shared/citation.js';
import { type EventsOf, eventGuard } from '../shared/event-envelope.js';
import type { StatementKind, StatementVerdict } from '../shared/vocabulary.js';

// Stream `statement-<id>`: what a person, a group or an unnamed author said that is not a claim of
// responsibility (an allegation, a pledge, a threat…), and the analysts' assessments of it.

export const STATEMENT_EVENT_TYPES = ['StatementRecorded', 'StatementAssessed'] as const;
export type StatementEventType = (typeof STATEMENT_EVENT_TYPES)[number];

export interface StatementRecordedData {
  statementId: string;
  kind: StatementKind;
  /** Partial date or RFC 3339 time. */
  madeAt: string;
  /** Either, both or neither (unattributed). */
  authorPersonId: string | null;
  authorGroupId: string | null;
  about: { groupIds: string[]; personIds: string[]; incidentIds: string[] };
  sourceId: string;
  citation: Citation | null;
  summary: string;
}

/** All assessments are kept; the latest stands. */
export interface StatementAssessedData {
  assessmentId: string;
  verdict: StatementVerdict;
  basis: string;
}

/** The stream's events: each type with its data. */
export type StatementEvent = EventsOf<{
  StatementRecorded: StatementRecordedData;
  StatementAssessed: StatementAssessedData;
}>;

export const isStatementEvent = eventGuard<StatementEvent>(STATEMENT_EVENT_TYPES);
