import { z } from 'zod';
import { minPositionSchema } from '../shared/cursor.js';

export const TrackRecordQuerySchema = z.strictObject({ minPosition: minPositionSchema });
export type TrackRecordQueryParams = z.infer<typeof TrackRecordQuerySchema>;
