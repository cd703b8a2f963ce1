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
    claimedAtUnknown: z
      .boolean()
      .meta({ description: "No claim time is known (a GTD import): claimedAt is the incident's earliest moment" }),
    retractedAt: isoTime,
    hoursToRetraction: z.number().nullable().meta({ description: 'Null when the claim time is unknown' }),
    sourceId: uuid.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Retraction' });
export const ListRetractionsResponse = pageOf(RetractionResponse, 'RetractionPage');
export type ListRetractionsResponse = z.infer<typeof ListRetractionsResponse>;
