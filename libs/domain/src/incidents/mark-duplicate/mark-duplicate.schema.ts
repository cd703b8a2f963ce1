import { z } from 'zod';
import { optionalTextSchema, uuidSchema } from '../../shared/schemas.js';

export const MarkDuplicateBodySchema = z
  .strictObject({
    incidentId: uuidSchema.meta({ description: 'The original incident this one duplicates' }),
    reason: optionalTextSchema,
  })
  .meta({ description: 'Mark this incident a duplicate of another' });

export type MarkDuplicateBody = z.infer<typeof MarkDuplicateBodySchema>;
