import { z } from 'zod';
import { CHECK_NAMES } from '@app/config';
import { CORROBORATION_VERDICTS, REVIEW_OUTCOMES, REVIEW_STATUSES } from '@app/domain';
import { isoTime, pageOf, uuid } from '../shared/responses.js';

const CheckResultResponse = z
  .object({
    check: z.enum(CHECK_NAMES),
    score: z.number().meta({ description: '0–100' }),
    conflict: z.boolean().meta({ description: 'A contradiction an analyst should look at' }),
    reasons: z.array(z.string()),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'CheckResult' });

/** The stored verdict's checks; verdicts recorded before the cause was kept hold a bare array (cause null). */
export const VerdictChecksResponse = z
  .object({
    results: z.array(CheckResultResponse),
    cause: z
      .object({ eventId: uuid, type: z.string(), position: z.number().int() })
      .nullable()
      .meta({ description: 'The event that started the run (a claim, a new source, a retraction…)' }),
  })
  .meta({ id: 'VerdictChecks' });

export const ReviewResponse = z
  .object({
    id: uuid,
    incidentId: uuid,
    claimId: uuid,
    groupId: uuid.nullable().meta({ description: "The claiming group (the claim's)" }),
    groupName: z.string().nullable(),
    status: z.enum(REVIEW_STATUSES),
    openedAt: isoTime.nullable(),
    escalatedAt: isoTime.nullable(),
    resolvedAt: isoTime.nullable(),
    decision: z.enum(REVIEW_OUTCOMES).nullable(),
    verdict: z
      .enum(CORROBORATION_VERDICTS)
      .nullable()
      .meta({ description: 'The corroboration verdict that opened the review' }),
    score: z.number().nullable(),
    checks: VerdictChecksResponse.nullable().meta({
      description: 'The corroboration checks behind the verdict, and the event that started their run',
    }),
  })
  .meta({ id: 'Review' });
export const ListReviewsResponse = pageOf(ReviewResponse, 'ReviewPage');
export type ListReviewsResponse = z.infer<typeof ListReviewsResponse>;
