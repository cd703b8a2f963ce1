import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { GROUP_RELATIONS } from '../../shared/vocabulary.js';
import {
  clientIdSchema,
  confidenceSchema,
  groupRefSchema,
  optionalPartialDateSchema,
  uuidSchema,
} from '../../shared/schemas.js';

export const AssertRelationBodySchema = z
  .strictObject({
    id: clientIdSchema,
    relation: z
      .enum(GROUP_RELATIONS)
      .meta({ description: 'Reads "this group <relation> otherGroup"', example: 'suspected_front_of' }),
    otherGroup: groupRefSchema.meta({ description: 'The other group: id, name or alias', example: 'TTP' }),
    validFrom: optionalPartialDateSchema,
    validTo: optionalPartialDateSchema,
    sourceId: uuidSchema.nullable().optional().meta({ description: 'The source asserting the relation' }),
    citation: sourceCitationSchema,
    confidence: confidenceSchema.nullable().optional(),
  })
  .meta({ description: 'Assert a relation between this group and another' });

export type AssertRelationBody = z.infer<typeof AssertRelationBodySchema>;
