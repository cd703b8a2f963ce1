import { z } from 'zod';
import { GROUP_RELATIONS } from '@app/domain';
import { IncidentPicture } from '../shared/incident-picture.response.js';
import { pageOf, uuid } from '../shared/responses.js';

const IncidentListItem = IncidentPicture.extend({
  matchedVia: z
    .array(
      z.object({
        groupId: uuid,
        groupName: z.string(),
        relation: z.enum(GROUP_RELATIONS).meta({ description: 'As asserted, in either direction' }),
      }),
    )
    .optional()
    .meta({
      description:
        'With `via` only: the related groups (and relations) this incident matched by; ' +
        'empty when it matched the group itself',
    }),
}).meta({ id: 'IncidentListItem' });

export const ListIncidentsResponse = pageOf(IncidentListItem, 'IncidentPage');
export type ListIncidentsResponse = z.infer<typeof ListIncidentsResponse>;
