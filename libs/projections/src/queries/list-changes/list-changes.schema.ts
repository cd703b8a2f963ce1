import { z } from 'zod';
import { cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';

export const ListChangesQuerySchema = z
  .strictObject({
    from: timeParamSchema.optional().meta({ description: 'Recorded at or after (default: 7 days before `to`)' }),
    to: timeParamSchema.optional().meta({ description: 'Recorded before (default: now)' }),
    group: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Only changes about this group (id, name or alias)' }),
    cursor: cursorSchema(z.tuple([z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)])),
    limit: limitSchema(500, 50),
    minPosition: minPositionSchema,
  })
  .refine((q) => !q.from || !q.to || q.from.getTime() <= q.to.getTime(), {
    message: 'from must not be after to',
    path: ['from'],
  });
export type ListChangesQueryParams = z.infer<typeof ListChangesQuerySchema>;
