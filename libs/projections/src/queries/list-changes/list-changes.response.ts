import { z } from 'zod';
import { isoTime, pageOf, uuid } from '../shared/responses.js';

export const CHANGE_KIND_VALUES = ['claim', 'retraction', 'denial', 'attribution', 'statement', 'affiliation'] as const;

export const ChangeResponse = z
  .object({
    position: z.number().int().meta({ description: 'Global position of the event' }),
    recordedAt: isoTime,
    kind: z.enum(CHANGE_KIND_VALUES),
    eventType: z.string(),
    at: z.string().nullable().meta({
      description: 'The date the change itself gives (claimedAt, retractedAt, deniedAt, madeAt, validFrom), as given',
    }),
    incidentId: uuid.nullable(),
    incidentLabel: z.string().nullable().meta({ description: 'Place, country and date of the incident as reported' }),
    claimId: uuid.nullable(),
    groupId: uuid.nullable(),
    groupName: z.string().nullable(),
    personId: uuid.nullable(),
    personName: z.string().nullable(),
    statementId: uuid.nullable(),
    detail: z.string().nullable().meta({ description: 'Reason, basis, statement summary or role' }),
    confidence: z.number().nullable(),
    actor: z.string().nullable().meta({ description: 'Who recorded it (the key name)' }),
  })
  .meta({ id: 'Change' });
export const ListChangesResponse = pageOf(ChangeResponse, 'ChangePage');
export type ListChangesResponse = z.infer<typeof ListChangesResponse>;
export type ChangeResponse = z.infer<typeof ChangeResponse>;
