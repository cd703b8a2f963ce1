import { z } from 'zod';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const MismatchesQuerySchema = z.strictObject({
  from: timeParamSchema.optional(),
  to: timeParamSchema.optional(),
  cursor: cursorSchema(z.tuple([cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type MismatchesQueryParams = z.infer<typeof MismatchesQuerySchema>;
