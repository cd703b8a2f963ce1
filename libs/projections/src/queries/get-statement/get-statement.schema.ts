import { z } from 'zod';
import { minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const GetStatementQuerySchema = z
  .strictObject({
    asOf: timeParamSchema.optional().meta({ description: 'The statement as recorded at this time' }),
    asOfPosition: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'The statement as of this global position' }),
    minPosition: minPositionSchema,
  })
  .refine((q) => q.asOf === undefined || q.asOfPosition === undefined, {
    message: 'give asOf or asOfPosition, not both',
    path: ['asOfPosition'],
  });
export type GetStatementQueryParams = z.infer<typeof GetStatementQuerySchema>;
