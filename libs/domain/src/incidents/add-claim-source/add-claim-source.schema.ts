import { z } from 'zod';
import { citationSchema } from '../../shared/citation.js';
import { credibilitySchema, uuidSchema } from '../../shared/schemas.js';

export const AddClaimSourceBodySchema = z
  .strictObject({
    sourceId: uuidSchema.meta({ description: 'Another source reporting the same claim' }),
    credibility: credibilitySchema.nullable().optional(),
    citation: citationSchema
      .nullable()
      .optional()
      .meta({ description: 'The exact report behind the source: url, headline, quote, …' }),
  })
  .meta({ description: 'Add a source to a claim' });

export type AddClaimSourceBody = z.infer<typeof AddClaimSourceBodySchema>;
