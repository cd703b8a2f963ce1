import type { Citation } from '../shared/citation.js';
import { type EventEnvelopeFields, type StoredEvent } from '../shared/event-envelope.js';
import { toIso } from '../shared/guards.js';
import type {
  AuthenticityVerdict,
  ClaimAssessment,
  ClaimChannel,
  ClaimStatus,
  CorroborationVerdict,
  Credibility,
  IncidentStatus,
  ReviewOutcome,
  ReviewStatus,
} from '../shared/vocabulary.js';
import type { IncidentEvent, IncidentFieldName, IncidentFields } from './incident.events.js';

/** One source of a claim: the first one and every added one, with the report it points at. */
export interface ClaimSourceState {
  sourceId: string;
  credibility: Credibility | null;
  citation: Citation | null;
}

export interface ClaimState {
  id: string;
  groupId: string;
  status: ClaimStatus;
  /** Set by a resolved review: uphold → upheld, reject → rejected. */
  assessment: ClaimAssessment | null;
  authenticity: AuthenticityVerdict | null;
  authenticityBasis: string | null;
  claimedAt: string;
  /** No claim time is known (a GTD import): claimedAt is the incident's earliest moment. */
  claimedAtUnknown: boolean;
  retractedAt: string | null;
  retractionId: string | null;
  retractionSourceId: string | null;
  retractionReason: string | null;
  retractionCitation: Citation | null;
  channel: ClaimChannel;
  spokesperson: string | null;
  /** The person who spoke for the group, when recorded by id, name or alias. */
  spokespersonId: string | null;
  /** Credibility given with the first source. */
  credibility: Credibility | null;
  /** First source plus added ones, de-duplicated, in order. */
  sourceIds: string[];
  /** The same sources with their credibility and citation, in order. */
  sources: ClaimSourceState[];
  corroboration: { score: number; verdict: CorroborationVerdict } | null;
  /** Groups that held active claims when this one was recorded. */
  competingGroupIds: string[];
  recordedAt: string | null;
}

export interface DenialState {
  id: string;
  groupId: string;
  deniedAt: string;
  sourceId: string;
  statement: string | null;
  spokesperson: string | null;
  spokespersonId: string | null;
  citation: Citation | null;
  contradictsClaimId: string | null;
  recordedAt: string | null;
}

export interface AttributionState {
  id: string;
  groupId: string;
  confidence: number;
  basis: string;
  sourceIds: string[];
  citation: Citation | null;
  withdrawn: boolean;
  withdrawnReason: string | null;
  recordedAt: string | null;
}

export interface ReviewState {
  id: string;
  claimId: string;
  status: ReviewStatus;
  decision: ReviewOutcome | null;
  reason: string | null;
  note: string | null;
  openedAt: string | null;
  escalatedAt: string | null;
  resolvedAt: string | null;
}

export interface CorrectionRecord {
  fields: IncidentFieldName[];
  reason: string;
  citation: Citation | null;
  recordedAt: string | null;
}

/** The attribution picture of one incident: what GET /v1/incidents/{id} returns, minus derived fields. */
export interface IncidentState extends IncidentFields {
  id: string;
  duplicateOf: string | null;
  duplicateReason: string | null;
  /** The report behind the incident's sources, as the reporter cited it. */
  citation: Citation | null;
  claims: ClaimState[];
  denials: DenialState[];
  attributions: AttributionState[];
  reviews: ReviewState[];
  corrections: CorrectionRecord[];
  /** recordedAt of IncidentReported and of the latest event, when the envelopes carried them. */
  reportedAt: string | null;
  updatedAt: string | null;
  /** Stream version: envelope streamVersion when given, otherwise the count of folded events. */
  version: number;
  /** Global position of the latest event folded, when known. */
  position: number | null;
}

type Envelope = (IncidentEvent & EventEnvelopeFields) | StoredEvent;

/**
 * The one fold behind live read models and "as of" reads. Pure: returns new objects and never
 * mutates `state`. Unknown event types only advance the version (forward compatible).
 */
export function evolveIncident(state: IncidentState | null, event: Envelope): IncidentState {
  const e = event as IncidentEvent & EventEnvelopeFields;
  const at = toIso(e.recordedAt);
  if (e.type === 'IncidentReported') {
    const { incidentId, citation, ...fields } = e.data;
    const created: IncidentState = {
      id: incidentId,
      ...fields,
      sourceIds: [...fields.sourceIds],
      duplicateOf: null,
      duplicateReason: null,
      citation: citation ?? null,
      claims: [],
      denials: [],
      attributions: [],
      reviews: [],
      corrections: [],
      reportedAt: at,
      updatedAt: null,
      version: 0,
      position: null,
    };
    return stamp(created, e, at);
  }
  if (!state) throw new Error(`incident stream must start with IncidentReported, got ${e.type}`);
  return stamp(apply(state, e, at), e, at);
}

function apply(s: IncidentState, e: IncidentEvent, at: string | null): IncidentState {
  switch (e.type) {
    case 'IncidentReported':
      return s;
    case 'IncidentCorrected': {
      const fields = Object.keys(e.data.fields) as IncidentFieldName[];
      return {
        ...s,
        ...e.data.fields,
        corrections: [
          ...s.corrections,
          { fields, reason: e.data.reason, citation: e.data.citation ?? null, recordedAt: at },
        ],
      };
    }
    case 'IncidentMarkedDuplicate':
      return { ...s, duplicateOf: e.data.duplicateOf, duplicateReason: e.data.reason };
    case 'ClaimRecorded': {
      const d = e.data;
      const claim: ClaimState = {
        id: d.claimId,
        groupId: d.groupId,
        status: 'active',
        assessment: null,
        authenticity: null,
        authenticityBasis: null,
        claimedAt: d.claimedAt,
        claimedAtUnknown: d.claimedAtUnknown === true,
        retractedAt: null,
        retractionId: null,
        retractionSourceId: null,
        retractionReason: null,
        retractionCitation: null,
        channel: d.channel,
        spokesperson: d.spokesperson,
        spokespersonId: d.spokespersonId ?? null,
        credibility: d.credibility,
        sourceIds: [d.sourceId],
        sources: [{ sourceId: d.sourceId, credibility: d.credibility, citation: d.citation ?? null }],
        corroboration: null,
        competingGroupIds: [...d.competingGroupIds],
        recordedAt: at,
      };
      return { ...s, claims: [...s.claims, claim] };
    }
    case 'ClaimSourceAdded':
      return updateClaim(s, e.data.claimId, (c) =>
        c.sourceIds.includes(e.data.sourceId)
          ? c
          : {
              ...c,
              sourceIds: [...c.sourceIds, e.data.sourceId],
              sources: [
                ...claimSources(c),
                { sourceId: e.data.sourceId, credibility: e.data.credibility, citation: e.data.citation ?? null },
              ],
            },
      );
    case 'ClaimAuthenticityAssessed':
      return updateClaim(s, e.data.claimId, (c) => ({
        ...c,
        authenticity: e.data.verdict,
        authenticityBasis: e.data.basis,
      }));
    case 'ClaimRetracted':
      return updateClaim(s, e.data.claimId, (c) => ({
        ...c,
        status: 'retracted',
        retractedAt: e.data.retractedAt,
        retractionId: e.data.retractionId,
        retractionSourceId: e.data.sourceId,
        retractionReason: e.data.reason,
        retractionCitation: e.data.citation ?? null,
      }));
    case 'ClaimDenied': {
      const { denialId, ...rest } = e.data;
      const denial: DenialState = {
        id: denialId,
        ...rest,
        spokesperson: rest.spokesperson ?? null,
        spokespersonId: rest.spokespersonId ?? null,
        citation: rest.citation ?? null,
        recordedAt: at,
      };
      return { ...s, denials: [...s.denials, denial] };
    }
    case 'AttributionAssessed': {
      const { attributionId, ...rest } = e.data;
      const attribution: AttributionState = {
        id: attributionId,
        ...rest,
        sourceIds: [...rest.sourceIds],
        citation: rest.citation ?? null,
        withdrawn: false,
        withdrawnReason: null,
        recordedAt: at,
      };
      return { ...s, attributions: [...s.attributions, attribution] };
    }
    case 'AttributionWithdrawn':
      return {
        ...s,
        attributions: s.attributions.map((a) =>
          a.id === e.data.attributionId ? { ...a, withdrawn: true, withdrawnReason: e.data.reason } : a,
        ),
      };
    case 'CorroborationCompleted':
      return updateClaim(s, e.data.claimId, (c) => ({
        ...c,
        corroboration: { score: e.data.score, verdict: e.data.verdict },
      }));
    case 'ReviewRequested': {
      const review: ReviewState = {
        id: e.data.reviewId,
        claimId: e.data.claimId,
        status: 'open',
        decision: null,
        reason: e.data.reason,
        note: null,
        openedAt: at,
        escalatedAt: null,
        resolvedAt: null,
      };
      return { ...s, reviews: [...s.reviews, review] };
    }
    case 'ReviewEscalated':
      // A late escalation job must not reopen a resolved review.
      return updateReview(s, e.data.reviewId, (r) =>
        r.status === 'resolved' ? r : { ...r, status: 'escalated', escalatedAt: at },
      );
    case 'ReviewResolved': {
      const resolved = updateReview(s, e.data.reviewId, (r) => ({
        ...r,
        status: 'resolved',
        decision: e.data.decision,
        note: e.data.note,
        resolvedAt: at,
      }));
      // A moot review (its claim retracted) assesses nothing.
      if (e.data.decision === 'moot') return resolved;
      const assessment: ClaimAssessment = e.data.decision === 'uphold' ? 'upheld' : 'rejected';
      return updateClaim(resolved, e.data.claimId, (c) => ({ ...c, assessment }));
    }
    default:
      return s;
  }
}

/**
 * A claim's sources with their citations. States folded before `sources` existed (stored in a read
 * model) carry only `sourceIds`: their sources are rebuilt from them, without citations.
 */
export function claimSources(c: ClaimState): ClaimSourceState[] {
  return (
    c.sources ??
    c.sourceIds.map((sourceId, i) => ({ sourceId, credibility: i === 0 ? c.credibility : null, citation: null }))
  );
}

function updateClaim(s: IncidentState, claimId: string, change: (c: ClaimState) => ClaimState): IncidentState {
  return { ...s, claims: s.claims.map((c) => (c.id === claimId ? change(c) : c)) };
}

function updateReview(s: IncidentState, reviewId: string, change: (r: ReviewState) => ReviewState): IncidentState {
  return { ...s, reviews: s.reviews.map((r) => (r.id === reviewId ? change(r) : r)) };
}

function stamp(s: IncidentState, e: EventEnvelopeFields, at: string | null): IncidentState {
  return {
    ...s,
    version: e.streamVersion ?? s.version + 1,
    position: e.position ?? s.position,
    updatedAt: at ?? s.updatedAt,
  };
}

export function foldIncident(events: Iterable<Envelope>): IncidentState | null {
  let state: IncidentState | null = null;
  for (const event of events) state = evolveIncident(state, event);
  return state;
}

export function findClaim(state: IncidentState, claimId: string): ClaimState | undefined {
  return state.claims.find((c) => c.id === claimId);
}

export function activeClaims(state: IncidentState): ClaimState[] {
  return state.claims.filter((c) => c.status === 'active');
}

export function activeClaimOf(state: IncidentState, groupId: string): ClaimState | undefined {
  return state.claims.find((c) => c.groupId === groupId && c.status === 'active');
}

/** Distinct groups holding an active claim, in claim order. */
export function activeClaimGroupIds(state: IncidentState): string[] {
  return [...new Set(activeClaims(state).map((c) => c.groupId))];
}

export function currentAttributions(state: IncidentState): AttributionState[] {
  return state.attributions.filter((a) => !a.withdrawn);
}

/** First that applies: attributed, contested, claimed, retracted, unclaimed. */
export function incidentStatus(state: IncidentState): IncidentStatus {
  if (currentAttributions(state).length > 0) return 'attributed';
  const active = activeClaimGroupIds(state).length;
  if (active >= 2) return 'contested';
  if (active === 1) return 'claimed';
  if (state.claims.length > 0) return 'retracted';
  return 'unclaimed';
}

/** GTD compclaim: two or more distinct groups have ever claimed it, retracted or not. */
export function competingClaims(state: IncidentState): boolean {
  return new Set(state.claims.map((c) => c.groupId)).size >= 2;
}

export type IncidentView = IncidentState & { status: IncidentStatus; competingClaims: boolean };

/** The state with its derived fields, as the read endpoints return it. */
export function toIncidentView(state: IncidentState): IncidentView {
  return { ...state, status: incidentStatus(state), competingClaims: competingClaims(state) };
}
