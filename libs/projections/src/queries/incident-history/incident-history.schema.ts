import { z } from 'zod';
import { minPositionSchema } from '../shared/cursor.js';

export const IncidentHistoryQuerySchema = z.strictObject({ minPosition: minPositionSchema });
export type IncidentHistoryQueryParams = z.infer<typeof IncidentHistoryQuerySchema>;
