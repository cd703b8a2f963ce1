import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import {
  clientIdSchema,
  optionalPartialDateSchema,
  optionalTextSchema,
  partialDateSchema,
  uuidSchema,
} from '../../shared/schemas.js';
import { PERSON_STATUSES } from '../../shared/vocabulary.js';

export const RecordPersonStatusBodySchema = z
  .strictObject({
    id: clientIdSchema.meta({ description: 'Optional client-supplied UUID for the status entry' }),
    status: z.enum(PERSON_STATUSES).meta({ description: 'What became of the person', example: 'killed' }),
    at: partialDateSchema.meta({
      description: 'When it happened (year, month, date or date-time)',
      example: '2021-03',
    }),
    announcedAt: optionalPartialDateSchema.meta({
      description: 'When it became public, if later than `at` (a concealed fact); not before `at`',
    }),
    sourceId: uuidSchema.nullable().optional().meta({ description: 'The source reporting it' }),
    citation: sourceCitationSchema,
    incidentId: uuidSchema
      .nullable()
      .optional()
      .meta({ description: 'The incident it happened in (a strike, a raid)' }),
    note: optionalTextSchema.meta({ description: 'Free text' }),
  })
  .meta({ description: 'Record what became of a person (killed, detained, released, …)' });

export type RecordPersonStatusBody = z.infer<typeof RecordPersonStatusBodySchema>;
