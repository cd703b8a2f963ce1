import { z } from 'zod';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema } from '../shared/cursor.js';

export const ListGroupsQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Case-insensitive substring of a name or alias' }),
  cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListGroupsQueryParams = z.infer<typeof ListGroupsQuerySchema>;

export const GetGroupQuerySchema = z.strictObject({ minPosition: minPositionSchema });
export type GetGroupQueryParams = z.infer<typeof GetGroupQuerySchema>;
