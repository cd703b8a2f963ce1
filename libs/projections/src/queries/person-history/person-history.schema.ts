import { z } from 'zod';
import { minPositionSchema } from '../shared/cursor.js';

export const PersonHistoryQuerySchema = z.strictObject({ minPosition: minPositionSchema });
export type PersonHistoryQueryParams = z.infer<typeof PersonHistoryQuerySchema>;
