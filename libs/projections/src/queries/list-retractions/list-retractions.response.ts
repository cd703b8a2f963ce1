import { z } from 'zod';
import { isoTime, pageOf, uuid } from '../shared/responses.js';

export const RetractionResponse = z
  .object({
    id: uuid.meta({ description: 'The retraction' }),
    claimId: uuid,
    incidentId: uuid,
    groupId: uuid,
    groupName: z.string().nullable(),
    claimedAt: isoTime,
    retractedAt: isoTime,
    hoursToRetraction: z.number(),
    sourceId: uuid.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Retraction' });
export const ListRetractionsResponse = pageOf(RetractionResponse, 'RetractionPage');
export type ListRetractionsResponse = z.infer<typeof ListRetractionsResponse>;
