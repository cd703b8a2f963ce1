import { z } from 'zod';
import { minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const GroupLedgerQuerySchema = z.strictObject({
  from: timeParamSchema.optional(),
  to: timeParamSchema.optional(),
  minPosition: minPositionSchema,
});
export type GroupLedgerQueryParams = z.infer<typeof GroupLedgerQuerySchema>;
