import { z } from 'zod';
import { isoTime, uuid } from '../shared/responses.js';

export const HistoryEventResponse = z
  .object({
    id: uuid.meta({ description: 'Event id' }),
    type: z.string().meta({ description: 'Event type, e.g. ClaimRecorded' }),
    version: z.number().int().min(1).meta({ description: 'Stream version of the event' }),
    recordedAt: isoTime,
    actor: z
      .looseObject({ keyId: z.string(), role: z.string(), name: z.string().optional() })
      .nullable()
      .meta({ description: 'Who recorded it (a key, or a system actor)' }),
    correlationId: z.string().nullable(),
    position: z.number().int().min(1),
    data: z.record(z.string(), z.unknown()).meta({ description: "The event's payload as stored" }),
  })
  .meta({ id: 'HistoryEvent' });

export const IncidentHistoryResponse = z
  .object({ items: z.array(HistoryEventResponse) })
  .meta({ id: 'IncidentHistory' });
export type IncidentHistoryResponse = z.infer<typeof IncidentHistoryResponse>;
