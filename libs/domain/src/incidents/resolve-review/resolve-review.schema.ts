import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';
import { REVIEW_DECISIONS } from '../../shared/vocabulary.js';

export const ResolveReviewBodySchema = z
  .strictObject({
    decision: z
      .enum(REVIEW_DECISIONS)
      .meta({ description: 'uphold → the claim’s assessment becomes upheld; reject → rejected' }),
    note: textSchema.meta({ description: 'The reviewer’s reasoning' }),
  })
  .meta({ description: 'Resolve a review of a claim (analyst)' });

export type ResolveReviewBody = z.infer<typeof ResolveReviewBodySchema>;
