import { z } from 'zod';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';
import { textParam } from '../shared/text-param.js';

export const ListGroupsQuerySchema = z.strictObject({
  q: textParam('Case-insensitive substring of a name or alias'),
  cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListGroupsQueryParams = z.infer<typeof ListGroupsQuerySchema>;

export const GetGroupQuerySchema = z
  .strictObject({
    asOf: timeParamSchema.optional().meta({ description: 'The group as recorded at this time' }),
    asOfPosition: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'The group as of this global position' }),
    minPosition: minPositionSchema,
  })
  .refine((q) => q.asOf === undefined || q.asOfPosition === undefined, {
    message: 'give asOf or asOfPosition, not both',
    path: ['asOfPosition'],
  });
export type GetGroupQueryParams = z.infer<typeof GetGroupQuerySchema>;
