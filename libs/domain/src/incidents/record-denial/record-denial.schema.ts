import { z } from 'zod';
import { groupActFields, speakerFields } from '../spokesperson.schema.js';
import { sourceCitationSchema } from '../../shared/citation.js';
import { optionalTextSchema, timestampSchema, uuidSchema } from '../../shared/schemas.js';

export const RecordDenialBodySchema = z
  .strictObject({
    ...groupActFields({ description: 'The denying group: id, name or alias', example: 'Afghan Taliban' }),
    deniedAt: timestampSchema.meta({ description: 'When the group denied involvement (RFC 3339 with zone)' }),
    sourceId: uuidSchema.meta({ description: 'The source reporting the denial' }),
    statement: optionalTextSchema.meta({ description: 'The denial’s wording' }),
    ...speakerFields({ description: 'Who spoke for the group (free text)', example: 'Zabihullah Mujahid' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Record that a group denied involvement' });

export type RecordDenialBody = z.infer<typeof RecordDenialBodySchema>;
