import { z } from 'zod';
import { REVIEW_STATUSES } from '@app/domain';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema } from '../shared/cursor.js';

export const ListReviewsQuerySchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES).optional(),
  cursor: cursorSchema(z.tuple([cursorKey.time.nullable(), cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListReviewsQueryParams = z.infer<typeof ListReviewsQuerySchema>;
