import { z } from 'zod';
import { reliabilitySchema, textSchema } from '../../shared/schemas.js';

export const RateSourceBodySchema = z
  .strictObject({
    reliability: reliabilitySchema,
    reason: textSchema.meta({ description: 'Why the source is re-rated' }),
  })
  .meta({ description: 'Re-rate a source’s reliability' });

export type RateSourceBody = z.infer<typeof RateSourceBodySchema>;
