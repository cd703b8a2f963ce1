import { z } from 'zod';
import { INCIDENT_STATUSES } from '@app/domain';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const ListIncidentsQuerySchema = z.strictObject({
  group: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Group id, name or alias: matches claims and attributions' }),
  status: z.enum(INCIDENT_STATUSES).optional(),
  country: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .meta({ description: 'ISO 3166-1 alpha-2 code or English name' }),
  from: timeParamSchema.optional().meta({ description: 'Incidents that may have occurred at or after this time' }),
  to: timeParamSchema.optional().meta({ description: 'Incidents that may have occurred at or before this time' }),
  competing: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  cursor: cursorSchema(z.tuple([cursorKey.time.nullable(), cursorKey.uuid])),
  limit: limitSchema(500, 50),
  minPosition: minPositionSchema,
});
export type ListIncidentsQueryParams = z.infer<typeof ListIncidentsQuerySchema>;
