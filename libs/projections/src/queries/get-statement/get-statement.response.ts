import { z } from 'zod';
import { STATEMENT_KINDS, STATEMENT_VERDICTS } from '@app/domain';
import { CitationView } from '../get-person/get-person.response.js';
import { isoTime, uuid } from '../shared/responses.js';

const NamedRef = z.object({ id: uuid, name: z.string().nullable().meta({ description: 'Null when not known' }) });

export const StatementAssessmentView = z.object({
  assessmentId: uuid,
  verdict: z.enum(STATEMENT_VERDICTS),
  basis: z.string(),
  recordedAt: isoTime.nullable(),
  actor: z.object({ keyId: z.string(), role: z.string(), name: z.string().nullable() }).nullable(),
});

export const StatementView = z
  .object({
    id: uuid,
    kind: z.enum(STATEMENT_KINDS),
    madeAt: z
      .string()
      .meta({ description: 'A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time, as given' }),
    summary: z.string(),
    authorPersonId: uuid.nullable(),
    authorPersonName: z.string().nullable(),
    authorGroupId: uuid.nullable(),
    authorGroupName: z.string().nullable(),
    about: z.object({
      groups: z.array(NamedRef),
      persons: z.array(NamedRef),
      incidents: z.array(
        z.object({
          id: uuid,
          occurredAt: z.string().nullable(),
          country: z.string().nullable(),
          summary: z.string().nullable(),
        }),
      ),
    }),
    sourceId: uuid,
    sourceName: z.string().nullable(),
    citation: CitationView.nullable(),
    verdict: z
      .enum(STATEMENT_VERDICTS)
      .nullable()
      .meta({ description: "The latest assessment's verdict (it stands); null until assessed" }),
    assessments: z.array(StatementAssessmentView).meta({ description: 'Every assessment, oldest first' }),
    version: z.number().int(),
    position: z.number().int().nullable(),
  })
  .meta({ id: 'Statement' });
export type StatementView = z.infer<typeof StatementView>;

export const GetStatementResponse = StatementView.extend({
  asOf: isoTime.nullable().optional(),
  asOfPosition: z.number().int().nullable().optional(),
}).meta({ id: 'StatementPicture' });
export type GetStatementResponse = z.infer<typeof GetStatementResponse>;
