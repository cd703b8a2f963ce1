import { z } from 'zod';
import { AFFILIATION_END_REASONS, AFFILIATION_ROLES, PERSON_STATUSES } from '@app/domain';
import { asOfFields, isoTime, uuid } from '../shared/responses.js';

/** A citation as stored on the event (every field present, absent ones null). */
export const CitationView = z.object({
  url: z.string(),
  headline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  quote: z.string().nullable(),
  language: z.string().nullable(),
});

const partialDate = z.string().meta({ description: 'A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time' });

export const PersonAffiliationView = z.object({
  id: uuid.meta({ description: 'The affiliation id' }),
  groupId: uuid,
  groupName: z.string().nullable(),
  role: z.enum(AFFILIATION_ROLES),
  validFrom: partialDate,
  validTo: partialDate.nullable().meta({ description: 'Null while it has not ended' }),
  endReason: z.enum(AFFILIATION_END_REASONS).nullable(),
  toGroupId: uuid.nullable().meta({ description: 'With endReason defected: the group the person went to' }),
  toGroupName: z.string().nullable(),
  withdrawn: z.boolean().meta({ description: 'Recorded wrongly: kept here, left out of lists and leadership' }),
  withdrawnReason: z.string().nullable(),
  confidence: z.number().int().min(0).max(100).nullable(),
  sourceId: uuid.nullable(),
  sourceName: z.string().nullable(),
  citation: CitationView.nullable(),
  endSourceId: uuid.nullable(),
  endSourceName: z.string().nullable(),
  endCitation: CitationView.nullable(),
});

export const PersonStatusView = z.object({
  statusId: uuid,
  status: z.enum(PERSON_STATUSES),
  at: partialDate.meta({ description: 'When it happened' }),
  announcedAt: partialDate.nullable().meta({ description: 'When it became public, if later' }),
  concealed: z.boolean().meta({ description: 'announcedAt certainly after at (a concealed fact)' }),
  sourceId: uuid.nullable(),
  sourceName: z.string().nullable(),
  citation: CitationView.nullable(),
  incidentId: uuid.nullable(),
  note: z.string().nullable(),
  recordedAt: isoTime.nullable().meta({ description: 'When the record learned it' }),
});

/** A person folded from `person-<id>`: the live read model, or the stream folded up to asOf/asOfPosition. */
export const PersonPicture = z
  .object({
    id: uuid,
    name: z.string(),
    aliases: z.array(z.object({ alias: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })),
    summary: z.string().nullable(),
    status: z
      .enum(PERSON_STATUSES)
      .nullable()
      .meta({ description: 'The latest by `at` (ties: the later recorded); null before any status' }),
    statusAt: partialDate.nullable().meta({ description: '`at` of that latest status' }),
    statusHistory: z.array(PersonStatusView).meta({ description: 'Every status, in recording order' }),
    affiliations: z
      .array(PersonAffiliationView)
      .meta({ description: 'Every affiliation in recording order, ended and withdrawn ones included' }),
    version: z.number().int().min(1),
    position: z.number().int().nullable(),
    ...asOfFields,
  })
  .meta({ id: 'Person' });
export type PersonPicture = z.infer<typeof PersonPicture>;
