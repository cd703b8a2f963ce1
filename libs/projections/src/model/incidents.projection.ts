import { PROJECTION_NAMES } from '@app/config';
import { competingClaims, evolveIncident, incidentStatus, type IncidentState } from '@app/domain';
import { foldingProjection } from './projection.js';

/** `2023-07` for day, month and time precision; `2023` for a year: the ledger's month buckets. */
export function incidentPeriod(s: IncidentState): string | null {
  const v = s.occurredAt?.earliest;
  if (!v) return null;
  return s.occurredAt.precision === 'year' ? v.slice(0, 4) : v.slice(0, 7);
}

/** The attribution picture, plus flat claims, denials, attributions and reviews for the analytics. */
export const incidentsProjection = foldingProjection<IncidentState>({
  name: PROJECTION_NAMES.incidents,
  streamType: 'incident',
  evolve: evolveIncident,
  main: {
    table: 'rm_incidents',
    key: 'incident_id',
    columns: [
      ['incident_id', 'uuid'],
      ['status', 'text'],
      ['competing', 'boolean'],
      ['country', 'text'],
      ['occurred_earliest', 'timestamptz'],
      ['occurred_latest', 'timestamptz'],
      ['group_ids', 'uuid[]'],
      ['duplicate_of', 'uuid'],
    ],
    row: (s) => ({
      incident_id: s.id,
      status: incidentStatus(s),
      competing: competingClaims(s),
      country: s.location?.country ?? null,
      occurred_earliest: s.occurredAt?.earliest ?? null,
      occurred_latest: s.occurredAt?.latest ?? null,
      group_ids: [
        ...new Set([
          ...s.claims.map((c) => c.groupId),
          ...s.attributions.filter((a) => !a.withdrawn).map((a) => a.groupId),
        ]),
      ],
      duplicate_of: s.duplicateOf,
    }),
  },
  children: [
    {
      table: 'rm_claims',
      key: 'claim_id',
      parentKey: 'incident_id',
      columns: [
        ['claim_id', 'uuid'],
        ['incident_id', 'uuid'],
        ['group_id', 'uuid'],
        ['status', 'text'],
        ['assessment', 'text'],
        ['claimed_at', 'timestamptz'],
        ['claimed_at_unknown', 'boolean'],
        ['retracted_at', 'timestamptz'],
        ['retraction_id', 'uuid'],
        ['retraction_source_id', 'uuid'],
        ['retraction_reason', 'text'],
        ['spokesperson_id', 'uuid'],
      ],
      rows: (s) =>
        s.claims.map((c) => ({
          claim_id: c.id,
          incident_id: s.id,
          group_id: c.groupId,
          status: c.status,
          assessment: c.assessment,
          claimed_at: c.claimedAt,
          // States folded before claimedAtUnknown existed lack it.
          claimed_at_unknown: c.claimedAtUnknown ?? false,
          retracted_at: c.retractedAt,
          retraction_id: c.retractionId,
          retraction_source_id: c.retractionSourceId,
          retraction_reason: c.retractionReason,
          // States folded before spokespersonId existed lack it.
          spokesperson_id: c.spokespersonId ?? null,
        })),
    },
    {
      table: 'rm_denials',
      key: 'denial_id',
      parentKey: 'incident_id',
      columns: [
        ['denial_id', 'uuid'],
        ['incident_id', 'uuid'],
        ['group_id', 'uuid'],
        ['denied_at', 'timestamptz'],
        ['contradicts_claim_id', 'uuid'],
        ['spokesperson_id', 'uuid'],
      ],
      rows: (s) =>
        s.denials.map((d) => ({
          denial_id: d.id,
          incident_id: s.id,
          group_id: d.groupId,
          denied_at: d.deniedAt,
          contradicts_claim_id: d.contradictsClaimId,
          spokesperson_id: d.spokespersonId ?? null,
        })),
    },
    {
      table: 'rm_attributions',
      key: 'attribution_id',
      parentKey: 'incident_id',
      columns: [
        ['attribution_id', 'uuid'],
        ['incident_id', 'uuid'],
        ['group_id', 'uuid'],
        ['confidence', 'integer'],
        ['withdrawn', 'boolean'],
        ['incident_period', 'text'],
        ['occurred_earliest', 'timestamptz'],
        ['occurred_latest', 'timestamptz'],
      ],
      rows: (s) =>
        s.attributions.map((a) => ({
          attribution_id: a.id,
          incident_id: s.id,
          group_id: a.groupId,
          confidence: a.confidence,
          withdrawn: a.withdrawn,
          incident_period: incidentPeriod(s),
          occurred_earliest: s.occurredAt?.earliest ?? null,
          occurred_latest: s.occurredAt?.latest ?? null,
        })),
    },
    {
      table: 'rm_reviews',
      key: 'review_id',
      parentKey: 'incident_id',
      columns: [
        ['review_id', 'uuid'],
        ['incident_id', 'uuid'],
        ['claim_id', 'uuid'],
        ['status', 'text'],
        ['opened_at', 'timestamptz'],
        ['escalated_at', 'timestamptz'],
        ['resolved_at', 'timestamptz'],
        ['decision', 'text'],
        ['verdict', 'text'],
        ['score', 'integer'],
      ],
      rows: (s) =>
        s.reviews.map((r) => {
          const claim = s.claims.find((c) => c.id === r.claimId);
          return {
            review_id: r.id,
            incident_id: s.id,
            claim_id: r.claimId,
            status: r.status,
            opened_at: r.openedAt,
            escalated_at: r.escalatedAt,
            resolved_at: r.resolvedAt,
            decision: r.decision,
            verdict: claim?.corroboration?.verdict ?? null,
            score: claim?.corroboration?.score == null ? null : Math.round(claim.corroboration.score),
          };
        }),
    },
  ],
});
