import { z } from 'zod';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema } from '../shared/cursor.js';

export const ListSourcesQuerySchema = z.strictObject({
  cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListSourcesQueryParams = z.infer<typeof ListSourcesQuerySchema>;
