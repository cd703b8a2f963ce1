import { z } from 'zod';
import { AFFILIATION_END_REASONS, LEADERSHIP_ROLES } from '@app/domain';
import { uuid } from '../shared/responses.js';

export const LeaderView = z.object({
  personId: uuid,
  name: z.string(),
  role: z.enum(LEADERSHIP_ROLES),
  validFrom: z.string().meta({ description: 'As recorded: a partial date or an RFC 3339 time' }),
  validTo: z.string().nullable().meta({ description: 'Null while it has not ended' }),
  endReason: z.enum(AFFILIATION_END_REASONS).nullable(),
  affiliationId: uuid,
  certain: z.boolean().meta({
    description:
      'True when the recorded dates cover all of `at`; false when it held on `at` only as far as ' +
      'their imprecision allows (e.g. ended 2016-08 and at=2016-08-15)',
  }),
  overlapsWith: z
    .array(z.object({ personId: uuid, name: z.string(), affiliationId: uuid }))
    .meta({ description: 'Other persons in the same role whose validity may overlap this one on `at`' }),
  contested: z.boolean().meta({ description: 'overlapsWith is not empty: two or more persons hold the role at once' }),
});

/** A group's leaders, deputies and spokespersons on a date; overlapping holders all shown, flagged. */
export const GroupLeadershipResponse = z
  .object({
    groupId: uuid,
    groupName: z.string(),
    at: z.string().meta({ description: 'The date asked for (default today, UTC)' }),
    items: z.array(LeaderView),
  })
  .meta({ id: 'GroupLeadership' });
export type GroupLeadershipResponse = z.infer<typeof GroupLeadershipResponse>;
