import { z } from 'zod';
import { personRefSchema } from '../spokesperson.schema.js';
import { citationSchema } from '../../shared/citation.js';
import {
  clientIdSchema,
  optionalNameSchema,
  groupRefSchema,
  optionalTextSchema,
  timestampSchema,
  uuidSchema,
} from '../../shared/schemas.js';

export const RecordDenialBodySchema = z
  .strictObject({
    id: clientIdSchema,
    group: groupRefSchema.meta({ description: 'The denying group: id, name or alias', example: 'Afghan Taliban' }),
    deniedAt: timestampSchema.meta({ description: 'When the group denied involvement (RFC 3339 with zone)' }),
    sourceId: uuidSchema.meta({ description: 'The source reporting the denial' }),
    statement: optionalTextSchema.meta({ description: 'The denial’s wording' }),
    spokesperson: optionalNameSchema.meta({
      description: 'Who spoke for the group (free text)',
      example: 'Zabihullah Mujahid',
    }),
    spokespersonId: personRefSchema
      .nullable()
      .optional()
      .meta({ description: 'The person who spoke for the group: id, name or alias (422 when unknown)' }),
    citation: citationSchema
      .nullable()
      .optional()
      .meta({ description: 'The exact report behind the source: url, headline, quote, …' }),
  })
  .meta({ description: 'Record that a group denied involvement' });

export type RecordDenialBody = z.infer<typeof RecordDenialBodySchema>;
