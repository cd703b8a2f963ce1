import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { credibilitySchema, uuidSchema } from '../../shared/schemas.js';

export const AddClaimSourceBodySchema = z
  .strictObject({
    sourceId: uuidSchema.meta({ description: 'Another source reporting the same claim' }),
    credibility: credibilitySchema.nullable().optional(),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Add a source to a claim' });

export type AddClaimSourceBody = z.infer<typeof AddClaimSourceBodySchema>;
