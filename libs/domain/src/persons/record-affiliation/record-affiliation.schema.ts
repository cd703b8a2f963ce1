import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import {
  clientIdSchema,
  confidenceSchema,
  groupRefSchema,
  optionalPartialDateSchema,
  partialDateSchema,
  uuidSchema,
} from '../../shared/schemas.js';
import { AFFILIATION_ROLES } from '../../shared/vocabulary.js';

export const RecordAffiliationBodySchema = z
  .strictObject({
    id: clientIdSchema.meta({ description: 'Optional client-supplied UUID for the affiliation' }),
    group: groupRefSchema.meta({ description: 'The group: id, name or alias', example: 'TTP' }),
    role: z.enum(AFFILIATION_ROLES).meta({ description: 'The person’s role in the group', example: 'leader' }),
    validFrom: partialDateSchema.meta({ description: 'Since when (year, month or date)', example: '2018-06' }),
    validTo: optionalPartialDateSchema.meta({ description: 'Until when, if already known; not before validFrom' }),
    sourceId: uuidSchema.nullable().optional().meta({ description: 'The source reporting it' }),
    citation: sourceCitationSchema,
    confidence: confidenceSchema.nullable().optional(),
  })
  .meta({ description: 'Record that a person held a role in a group' });

export type RecordAffiliationBody = z.infer<typeof RecordAffiliationBodySchema>;
