import { z } from 'zod';
import { personEntryIdSchema, personEvidenceFields } from '../person.schemas.js';
import {
  confidenceSchema,
  groupRefSchema,
  optionalPartialDateSchema,
  partialDateSchema,
} from '../../shared/schemas.js';
import { AFFILIATION_ROLES } from '../../shared/vocabulary.js';

export const RecordAffiliationBodySchema = z
  .strictObject({
    id: personEntryIdSchema('affiliation'),
    group: groupRefSchema.meta({ description: 'The group: id, name or alias', example: 'TTP' }),
    role: z.enum(AFFILIATION_ROLES).meta({ description: 'The person’s role in the group', example: 'leader' }),
    validFrom: partialDateSchema.meta({ description: 'Since when (year, month or date)', example: '2018-06' }),
    validTo: optionalPartialDateSchema.meta({ description: 'Until when, if already known; not before validFrom' }),
    ...personEvidenceFields,
    confidence: confidenceSchema.nullable().optional(),
  })
  .meta({ description: 'Record that a person held a role in a group' });

export type RecordAffiliationBody = z.infer<typeof RecordAffiliationBodySchema>;
