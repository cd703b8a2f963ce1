import type { Citation } from '../shared/citation.js';
import { type EventsOf, eventGuard } from '../shared/event-envelope.js';
import type { PartialDate } from '../shared/partial-date.js';
import type {
  AttackType,
  AuthenticityVerdict,
  ClaimChannel,
  CorroborationVerdict,
  Credibility,
  ReviewOutcome,
} from '../shared/vocabulary.js';

export const INCIDENT_EVENT_TYPES = [
  'IncidentReported',
  'IncidentCorrected',
  'IncidentMarkedDuplicate',
  'ClaimRecorded',
  'ClaimSourceAdded',
  'ClaimAuthenticityAssessed',
  'ClaimRetracted',
  'ClaimDenied',
  'AttributionAssessed',
  'AttributionWithdrawn',
  'CorroborationCompleted',
  'ReviewRequested',
  'ReviewResolved',
  'ReviewEscalated',
] as const;
export type IncidentEventType = (typeof INCIDENT_EVENT_TYPES)[number];

export interface IncidentLocation {
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Casualties {
  killedMin: number | null;
  killedMax: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
}

/** The correctable incident fields, as stored (normalised). */
export interface IncidentFields {
  occurredAt: PartialDate;
  location: IncidentLocation;
  type: AttackType;
  suicide: boolean | null;
  target: string | null;
  casualties: Casualties;
  summary: string | null;
  sourceIds: string[];
}

export const INCIDENT_FIELD_NAMES = [
  'occurredAt',
  'location',
  'type',
  'suicide',
  'target',
  'casualties',
  'summary',
  'sourceIds',
] as const;
export type IncidentFieldName = (typeof INCIDENT_FIELD_NAMES)[number];

// `citation` (the exact report behind a source, docs/API.md "Evidence: citations") and
// `spokespersonId` came later: events recorded before lack them, and every fold reads a missing
// one as null (no upcaster needed). Optional here so writers that predate them still type-check.

export interface IncidentReportedData extends IncidentFields {
  incidentId: string;
  citation?: Citation | null;
}

export interface IncidentCorrectedData {
  /** Only the fields that changed, each whole (location and casualties merged with the old value). */
  fields: Partial<IncidentFields>;
  reason: string;
  citation?: Citation | null;
}

export interface IncidentMarkedDuplicateData {
  duplicateOf: string;
  reason: string | null;
}

export interface ClaimRecordedData {
  claimId: string;
  groupId: string;
  channel: ClaimChannel;
  claimedAt: string;
  /**
   * True when the source gives no claim time (a GTD import): `claimedAt` is then the incident's
   * earliest moment, a bound rather than a time, and the claim stays out of hours-to-retraction.
   * Absent (false) on every other claim.
   */
  claimedAtUnknown?: boolean;
  spokesperson: string | null;
  /** The person who spoke for the group (person-<id>), beside the free-text `spokesperson`. */
  spokespersonId?: string | null;
  sourceId: string;
  credibility: Credibility | null;
  citation?: Citation | null;
  /** Other groups holding an active claim at that moment; non-empty means contested. */
  competingGroupIds: string[];
}

export interface ClaimSourceAddedData {
  claimId: string;
  sourceId: string;
  credibility: Credibility | null;
  citation?: Citation | null;
}

export interface ClaimAuthenticityAssessedData {
  claimId: string;
  verdict: AuthenticityVerdict;
  basis: string;
}

export interface ClaimRetractedData {
  retractionId: string;
  claimId: string;
  groupId: string;
  retractedAt: string;
  sourceId: string;
  reason: string | null;
  citation?: Citation | null;
}

export interface ClaimDeniedData {
  denialId: string;
  groupId: string;
  deniedAt: string;
  sourceId: string;
  statement: string | null;
  spokesperson?: string | null;
  spokespersonId?: string | null;
  citation?: Citation | null;
  /** The group's own active claim on this incident when it denied: a contradiction flag. */
  contradictsClaimId: string | null;
}

export interface AttributionAssessedData {
  attributionId: string;
  groupId: string;
  /** 0–100 integer (STIX 2.1). */
  confidence: number;
  basis: string;
  sourceIds: string[];
  citation?: Citation | null;
}

export interface AttributionWithdrawnData {
  attributionId: string;
  reason: string;
}

export interface CorroborationCompletedData {
  claimId: string;
  score: number;
  verdict: CorroborationVerdict;
  checks: unknown;
}

export interface ReviewRequestedData {
  reviewId: string;
  claimId: string;
  reason: string | null;
}

export interface ReviewResolvedData {
  reviewId: string;
  claimId: string;
  /** `moot`: closed by the retraction of its claim (the note says so), not by an analyst. */
  decision: ReviewOutcome;
  note: string;
}

export interface ReviewEscalatedData {
  reviewId: string;
  claimId: string;
}

/** The stream's events: each type with its data. */
export type IncidentEvent = EventsOf<{
  IncidentReported: IncidentReportedData;
  IncidentCorrected: IncidentCorrectedData;
  IncidentMarkedDuplicate: IncidentMarkedDuplicateData;
  ClaimRecorded: ClaimRecordedData;
  ClaimSourceAdded: ClaimSourceAddedData;
  ClaimAuthenticityAssessed: ClaimAuthenticityAssessedData;
  ClaimRetracted: ClaimRetractedData;
  ClaimDenied: ClaimDeniedData;
  AttributionAssessed: AttributionAssessedData;
  AttributionWithdrawn: AttributionWithdrawnData;
  CorroborationCompleted: CorroborationCompletedData;
  ReviewRequested: ReviewRequestedData;
  ReviewResolved: ReviewResolvedData;
  ReviewEscalated: ReviewEscalatedData;
}>;
export type IncidentReported = Extract<IncidentEvent, { type: 'IncidentReported' }>;

export const isIncidentEvent = eventGuard<IncidentEvent>(INCIDENT_EVENT_TYPES);
