import { z } from 'zod';
import { limitSchema, minPositionSchema } from '../shared/cursor.js';

export const SearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({
      description:
        'Case-insensitive substring of a group or person name or alias, ' +
        'or of an incident place, province, target or summary',
    }),
  limit: limitSchema(50, 10),
  minPosition: minPositionSchema,
});
export type SearchQueryParams = z.infer<typeof SearchQuerySchema>;
