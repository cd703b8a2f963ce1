import { z } from 'zod';
import {
  ATTACK_TYPES,
  AUTHENTICITY_VERDICTS,
  CLAIM_ASSESSMENTS,
  CLAIM_CHANNELS,
  CLAIM_STATUSES,
  CORROBORATION_VERDICTS,
  DATE_PRECISIONS,
  INCIDENT_FIELD_NAMES,
  INCIDENT_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
} from '@app/domain';
import { CitationResponse } from './citation.response.js';
import { asOfFields, isoTime, uuid } from './responses.js';

// The attribution picture (docs/API.md "Reads": GET /v1/incidents/{id}), as renderIncident builds it.

export const PartialDateResponse = z
  .object({
    value: z.string().meta({ description: 'As given, to its precision: 2023, 2023-07, 2023-07-12 or a UTC time' }),
    precision: z.enum(DATE_PRECISIONS),
    earliest: isoTime.meta({ description: 'First instant of the period (inclusive)' }),
    latest: isoTime.meta({ description: 'Last instant of the period (inclusive)' }),
  })
  .meta({ id: 'PartialDate' });

const citation = CitationResponse.nullable();
const spokesperson = {
  spokesperson: z.string().nullable().meta({ description: 'Who spoke for the group, as free text' }),
  spokespersonId: uuid.nullable().meta({ description: 'The person who spoke for the group, when recorded' }),
  spokespersonName: z.string().nullable().meta({ description: "That person's current name" }),
};

const ClaimSourceResponse = z
  .object({
    sourceId: uuid,
    credibility: z.number().int().min(1).max(6).nullable(),
    citation: citation,
  })
  .meta({ id: 'ClaimSource' });

const ClaimResponse = z
  .object({
    id: uuid,
    groupId: uuid,
    groupName: z.string().nullable(),
    status: z.enum(CLAIM_STATUSES),
    assessment: z.enum(CLAIM_ASSESSMENTS).nullable().meta({ description: 'Set by a resolved review' }),
    authenticity: z.enum(AUTHENTICITY_VERDICTS).nullable(),
    authenticityBasis: z.string().nullable(),
    claimedAt: isoTime,
    claimedAtUnknown: z
      .boolean()
      .meta({ description: "No claim time is known (a GTD import): claimedAt is the incident's earliest moment" }),
    retractedAt: isoTime.nullable(),
    retractionId: uuid.nullable(),
    retractionSourceId: uuid.nullable(),
    retractionReason: z.string().nullable(),
    retractionCitation: citation,
    channel: z.enum(CLAIM_CHANNELS),
    ...spokesperson,
    credibility: z.number().int().min(1).max(6).nullable(),
    sourceIds: z.array(uuid),
    sources: z
      .array(ClaimSourceResponse)
      .meta({ description: 'The first source and every added one, with its credibility and citation' }),
    corroboration: z.object({ score: z.number(), verdict: z.enum(CORROBORATION_VERDICTS) }).nullable(),
    competingGroupIds: z.array(uuid),
    competingGroupNames: z.array(z.string().nullable()).meta({ description: 'Beside competingGroupIds, in order' }),
    recordedAt: isoTime.nullable(),
  })
  .meta({ id: 'Claim' });

const DenialResponse = z
  .object({
    id: uuid,
    groupId: uuid,
    groupName: z.string().nullable(),
    deniedAt: isoTime,
    sourceId: uuid,
    statement: z.string().nullable(),
    ...spokesperson,
    citation: citation,
    contradictsClaimId: uuid.nullable().meta({ description: "The group's own active claim this denial contradicts" }),
    recordedAt: isoTime.nullable(),
  })
  .meta({ id: 'Denial' });

const AttributionResponse = z
  .object({
    id: uuid,
    groupId: uuid,
    groupName: z.string().nullable(),
    confidence: z.number().min(0).max(100),
    basis: z.string(),
    sourceIds: z.array(uuid),
    citation: citation,
    withdrawn: z.boolean(),
    withdrawnReason: z.string().nullable(),
    recordedAt: isoTime.nullable(),
  })
  .meta({ id: 'Attribution' });

const IncidentReviewResponse = z
  .object({
    id: uuid,
    claimId: uuid,
    status: z.enum(REVIEW_STATUSES),
    decision: z.enum(REVIEW_OUTCOMES).nullable(),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    openedAt: isoTime.nullable(),
    escalatedAt: isoTime.nullable(),
    resolvedAt: isoTime.nullable(),
  })
  .meta({ id: 'IncidentReview' });

export const IncidentPicture = z
  .object({
    id: uuid,
    status: z.enum(INCIDENT_STATUSES),
    competingClaims: z.boolean().meta({ description: 'Two or more groups have claimed it, retracted or not' }),
    occurredAt: PartialDateResponse,
    location: z.object({
      country: z.string().meta({ description: 'ISO 3166-1 alpha-2' }),
      admin1: z.string().nullable(),
      place: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    }),
    type: z.enum(ATTACK_TYPES),
    suicide: z.boolean().nullable(),
    target: z.string().nullable(),
    casualties: z.object({
      killedMin: z.number().int().nullable(),
      killedMax: z.number().int().nullable(),
      injuredMin: z.number().int().nullable(),
      injuredMax: z.number().int().nullable(),
    }),
    summary: z.string().nullable(),
    sourceIds: z.array(uuid),
    duplicateOf: uuid.nullable(),
    duplicateReason: z.string().nullable(),
    citation: citation.meta({ description: 'The report behind the incident, as the reporter cited it' }),
    claims: z.array(ClaimResponse),
    denials: z.array(DenialResponse),
    attributions: z.array(AttributionResponse),
    reviews: z.array(IncidentReviewResponse),
    corrections: z.array(
      z.object({
        fields: z.array(z.enum(INCIDENT_FIELD_NAMES)),
        reason: z.string(),
        citation: citation,
        recordedAt: isoTime.nullable(),
      }),
    ),
    reportedAt: isoTime.nullable(),
    updatedAt: isoTime.nullable(),
    version: z.number().int().min(1),
    position: z.number().int().nullable(),
    gtd: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "Imported incidents: GTD's own fields the picture has no place for" }),
    ...asOfFields,
  })
  .meta({ id: 'IncidentPicture' });
export type IncidentPictureResponse = z.infer<typeof IncidentPicture>;
