import { z } from 'zod';
import { speakerFields } from '../spokesperson.schema.js';
import { sourceCitationSchema } from '../../shared/citation.js';
import {
  clientIdSchema,
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
    ...speakerFields({ description: 'Who spoke for the group (free text)', example: 'Zabihullah Mujahid' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Record that a group denied involvement' });

export type RecordDenialBody = z.infer<typeof RecordDenialBodySchema>;
