import { z } from 'zod';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const ListRetractionsQuerySchema = z.strictObject({
  group: z.string().trim().min(1).max(200).optional(),
  from: timeParamSchema.optional().meta({ description: 'retractedAt at or after' }),
  to: timeParamSchema.optional().meta({ description: 'retractedAt at or before' }),
  cursor: cursorSchema(z.tuple([cursorKey.time, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListRetractionsQueryParams = z.infer<typeof ListRetractionsQuerySchema>;
