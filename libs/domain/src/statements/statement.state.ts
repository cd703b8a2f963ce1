import { type EventEnvelopeFields, type StoredEvent, recordedAtIso, stampVersion } from '../shared/event-envelope.js';
import type { StatementVerdict } from '../shared/vocabulary.js';
import type { StatementEvent, StatementRecordedData } from './statement.events.js';

/** Who recorded an assessment, as the StreamWriter stamps it on every event's metadata. */
export interface StatementActor {
  keyId: string;
  role: string;
  name?: string;
}

export interface StatementAssessmentState {
  assessmentId: string;
  verdict: StatementVerdict;
  basis: string;
  /** Envelope recordedAt (ISO); null when folded without an envelope. */
  recordedAt: string | null;
  /** Present only when the envelope carried metadata with an actor. */
  actor?: StatementActor;
}

/** What the statement was recorded with (its id as `id`), then what came after. */
export interface StatementState extends Omit<StatementRecordedData, 'statementId'> {
  id: string;
  /** Every assessment, in recording order. */
  assessments: StatementAssessmentState[];
  /** The latest assessment's verdict; null until one is recorded. */
  verdict: StatementVerdict | null;
  /** Stream version: envelope streamVersion when given, otherwise the count of folded events. */
  version: number;
  /** Global position of the latest event folded, when known. */
  position: number | null;
}

/** Envelope fields a fold may see; `metadata` is what the event store returns on a RecordedEvent. */
export type StatementEnvelope = ((StatementEvent & EventEnvelopeFields) | StoredEvent) & {
  metadata?: { actor?: StatementActor } & Record<string, unknown>;
};

export const initialStatementState: StatementState | null = null;

/** Folds one event; never mutates `state`, so earlier states stay valid for as-of reads. */
export function evolveStatement(state: StatementState | null, event: StatementEnvelope): StatementState {
  const e = event as StatementEvent & EventEnvelopeFields & { metadata?: { actor?: StatementActor } };
  if (e.type === 'StatementRecorded') {
    const { statementId, ...d } = e.data;
    const base: StatementState = {
      id: statementId,
      ...d,
      // Copies: a later state must not share arrays with the event it was folded from.
      about: {
        groupIds: [...d.about.groupIds],
        personIds: [...d.about.personIds],
        incidentIds: [...d.about.incidentIds],
      },
      citation: d.citation ? { ...d.citation } : null,
      assessments: [],
      verdict: null,
      version: 0,
      position: null,
    };
    return stampVersion(base, e);
  }
  if (!state) throw new Error(`statement stream must start with StatementRecorded, got ${e.type}`);
  if (e.type === 'StatementAssessed') {
    const assessment: StatementAssessmentState = {
      assessmentId: e.data.assessmentId,
      verdict: e.data.verdict,
      basis: e.data.basis,
      recordedAt: recordedAtIso(e.recordedAt),
    };
    const actor = e.metadata?.actor;
    if (actor) assessment.actor = { ...actor };
    return stampVersion({ ...state, assessments: [...state.assessments, assessment], verdict: e.data.verdict }, e);
  }
  return stampVersion(state, e);
}

export function foldStatement(events: Iterable<StatementEnvelope>): StatementState | null {
  let state: StatementState | null = initialStatementState;
  for (const event of events) state = evolveStatement(state, event);
  return state;
}
