import { z } from 'zod';
import { minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const GetPersonQuerySchema = z
  .strictObject({
    asOf: timeParamSchema.optional().meta({ description: 'The person as recorded at this time (what was known then)' }),
    asOfPosition: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'The person as of this global position' }),
    minPosition: minPositionSchema,
  })
  .refine((q) => q.asOf === undefined || q.asOfPosition === undefined, {
    message: 'give asOf or asOfPosition, not both',
    path: ['asOfPosition'],
  });
export type GetPersonQueryParams = z.infer<typeof GetPersonQuerySchema>;
