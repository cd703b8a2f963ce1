import { z } from 'zod';
import { GROUP_RELATIONS } from '@app/domain';
import { CitationResponse } from '../shared/citation.response.js';
import { asOfFields, isoTime, pageOf, uuid } from '../shared/responses.js';

export const GroupSummaryResponse = z
  .object({ id: uuid, name: z.string(), aliases: z.array(z.string()), kind: z.string().nullable() })
  .meta({ id: 'GroupSummary' });
export const ListGroupsResponse = pageOf(GroupSummaryResponse, 'GroupPage');
export type ListGroupsResponse = z.infer<typeof ListGroupsResponse>;

const validity = { validFrom: z.string().nullable(), validTo: z.string().nullable() };

/** One group folded from its stream: aliases and relations, current and past, with validity. */
export const GroupResponse = z
  .object({
    id: uuid,
    name: z.string(),
    aliases: z.array(z.object({ alias: z.string(), ...validity })),
    kind: z.string().nullable(),
    relations: z.array(
      z.object({
        id: uuid,
        relation: z.enum(GROUP_RELATIONS),
        otherGroupId: uuid,
        otherGroupName: z.string().nullable(),
        ...validity,
        sourceId: uuid.nullable(),
        citation: CitationResponse.nullable(),
        confidence: z.number().nullable(),
        withdrawn: z.boolean(),
        withdrawnReason: z.string().nullable(),
      }),
    ),
    version: z.number().int().min(1),
    position: z.number().int().nullable(),
    ...asOfFields,
  })
  .meta({ id: 'Group' });
export type GroupResponse = z.infer<typeof GroupResponse>;
