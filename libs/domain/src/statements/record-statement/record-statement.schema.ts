import { z } from 'zod';
import { citationSchema } from '../../shared/citation.js';
import { clientIdSchema, groupRefSchema, partialDateSchema, textSchema, uuidSchema } from '../../shared/schemas.js';
import { NAME_MAX, SOURCE_IDS_MAX, STATEMENT_KINDS } from '../../shared/vocabulary.js';

/** A person in a body: id, name or alias; the handler resolves it. */
const personRefSchema = z
  .string()
  .trim()
  .min(1)
  .max(NAME_MAX)
  .meta({ description: 'Person id, name or alias', example: 'Muhammad Khurasani' });

const REFS_MAX = SOURCE_IDS_MAX;

export const RecordStatementBodySchema = z
  .strictObject({
    id: clientIdSchema,
    kind: z.enum(STATEMENT_KINDS).meta({ description: 'What sort of statement', example: 'allegation' }),
    madeAt: partialDateSchema.meta({
      description: 'When it was said: a year, month, date or RFC 3339 date-time; not after tomorrow',
      example: '2024-03-12',
    }),
    sourceId: uuidSchema.meta({ description: 'The source reporting the statement' }),
    summary: textSchema.meta({ description: 'What was said, in a sentence or two' }),
    author: z
      .strictObject({
        personId: personRefSchema.nullable().optional(),
        groupId: groupRefSchema.nullable().optional(),
      })
      .nullable()
      .optional()
      .meta({ description: 'Who said it: a person, a group, both, or neither (unattributed)' }),
    about: z
      .strictObject({
        groupIds: z.array(groupRefSchema).max(REFS_MAX).optional(),
        personIds: z.array(personRefSchema).max(REFS_MAX).optional(),
        incidentIds: z.array(uuidSchema).max(REFS_MAX).optional(),
      })
      .nullable()
      .optional()
      .meta({ description: 'Whom and what it is about: groups and persons (id, name or alias), incidents (id)' }),
    citation: citationSchema.nullable().optional(),
  })
  .meta({ description: 'Record a statement that is not a claim of responsibility (reporter)' });

export type RecordStatementBody = z.infer<typeof RecordStatementBodySchema>;
