import { z } from 'zod';
import { AFFILIATION_END_REASONS, AFFILIATION_ROLES, PERSON_STATUSES } from '@app/domain';
import { pageOf, uuid } from '../shared/responses.js';

export const PersonSummaryResponse = z
  .object({
    id: uuid,
    name: z.string(),
    aliases: z.array(z.string()),
    summary: z.string().nullable(),
    status: z.enum(PERSON_STATUSES).nullable().meta({ description: 'The latest by `at`; null before any' }),
    affiliations: z
      .array(
        z.object({
          id: uuid,
          groupId: uuid,
          groupName: z.string().nullable(),
          role: z.enum(AFFILIATION_ROLES),
          validFrom: z.string(),
          validTo: z.string().nullable(),
          endReason: z.enum(AFFILIATION_END_REASONS).nullable(),
        }),
      )
      .meta({ description: 'Affiliations not withdrawn, ended ones included, by validFrom' }),
  })
  .meta({ id: 'PersonSummary' });
export type PersonSummaryResponse = z.infer<typeof PersonSummaryResponse>;
export const ListPersonsResponse = pageOf(PersonSummaryResponse, 'PersonPage');
export type ListPersonsResponse = z.infer<typeof ListPersonsResponse>;
