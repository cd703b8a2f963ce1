import { z } from 'zod';
import { PROJECTIONS } from '../../model/registry.js';

/** A read model's name (not `all`: an event is parked for one projection at a time). */
export const ParkProjectionNameSchema = z.enum(PROJECTIONS.map((p) => p.name) as [string, ...string[]]);

export const ParkEventBody = z.strictObject({
  eventId: z
    .guid()
    .toLowerCase()
    .meta({ description: 'The event to skip (its `eventId`, as GET /health or the admin projections read name it)' }),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .meta({ description: 'Why it is parked (kept with who parked it and when)' }),
});
export type ParkEventBody = z.infer<typeof ParkEventBody>;

export const ParkedEventIdParam = z.guid().toLowerCase();
