import { z } from 'zod';
import { isoTime, uuid } from '../shared/responses.js';

export const ParkedEventResponse = z
  .object({
    projection: z.string(),
    eventId: uuid,
    position: z.number().int(),
    type: z.string(),
    reason: z.string(),
    actor: z.object({ keyId: z.string(), role: z.string(), name: z.string().nullable() }),
    parkedAt: isoTime,
  })
  .meta({ id: 'ParkedEvent' });
export type ParkedEventResponse = z.infer<typeof ParkedEventResponse>;

export const ProjectionFailureResponse = z
  .object({
    position: z.number().int(),
    eventId: uuid.nullable(),
    type: z.string().nullable(),
    error: z.string(),
    since: isoTime,
    lastAt: isoTime,
    attempts: z.number().int(),
  })
  .meta({
    id: 'ProjectionFailure',
    description: 'The event the read model is stopped at (a batch of that event alone keeps failing)',
  });
