import { z } from 'zod';
import { personEntryIdSchema, personEvidenceFields } from '../person.schemas.js';
import { optionalPartialDateSchema, optionalTextSchema, partialDateSchema, uuidSchema } from '../../shared/schemas.js';
import { PERSON_STATUSES } from '../../shared/vocabulary.js';

export const RecordPersonStatusBodySchema = z
  .strictObject({
    id: personEntryIdSchema('status entry'),
    status: z.enum(PERSON_STATUSES).meta({ description: 'What became of the person', example: 'killed' }),
    at: partialDateSchema.meta({
      description: 'When it happened (year, month, date or date-time)',
      example: '2021-03',
    }),
    announcedAt: optionalPartialDateSchema.meta({
      description: 'When it became public, if later than `at` (a concealed fact); not before `at`',
    }),
    ...personEvidenceFields,
    incidentId: uuidSchema
      .nullable()
      .optional()
      .meta({ description: 'The incident it happened in (a strike, a raid)' }),
    note: optionalTextSchema.meta({ description: 'Free text' }),
  })
  .meta({ description: 'Record what became of a person (killed, detained, released, …)' });

export type RecordPersonStatusBody = z.infer<typeof RecordPersonStatusBodySchema>;
