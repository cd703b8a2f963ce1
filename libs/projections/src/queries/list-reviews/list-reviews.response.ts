import { z } from 'zod';
import { CORROBORATION_VERDICTS, REVIEW_OUTCOMES, REVIEW_STATUSES } from '@app/domain';
import { isoTime, pageOf, uuid } from '../shared/responses.js';

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
    checks: z
      .array(z.record(z.string(), z.unknown()))
      .nullable()
      .meta({ description: 'The corroboration checks behind the verdict' }),
  })
  .meta({ id: 'Review' });
export const ListReviewsResponse = pageOf(ReviewResponse, 'ReviewPage');
export type ListReviewsResponse = z.infer<typeof ListReviewsResponse>;
