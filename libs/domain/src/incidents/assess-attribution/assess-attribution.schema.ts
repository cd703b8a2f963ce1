import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { clientIdSchema, confidenceSchema, groupRefSchema, sourceIdsSchema, textSchema } from '../../shared/schemas.js';

export const AssessAttributionBodySchema = z
  .strictObject({
    id: clientIdSchema,
    group: groupRefSchema.meta({ description: 'The group assessed responsible: id, name or alias', example: 'ISKP' }),
    confidence: confidenceSchema,
    basis: textSchema.meta({ description: 'What the assessment rests on' }),
    sourceIds: sourceIdsSchema.optional().meta({ description: 'Sources supporting the assessment (≤ 100)' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Assess which group is responsible (analyst)' });

export type AssessAttributionBody = z.infer<typeof AssessAttributionBodySchema>;
