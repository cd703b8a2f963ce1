import { z } from 'zod';
import { parsePartialDate, STATEMENT_KINDS, STATEMENT_VERDICTS } from '@app/domain';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema } from '../shared/cursor.js';
import { textParam } from '../shared/text-param.js';

/** A year, month, day or RFC 3339 time: the period it names (a statement's madeAt is one too). */
const periodParam = z
  .string()
  .trim()
  .max(40)
  .transform((v, ctx) => {
    const p = parsePartialDate(v);
    if (p) return p;
    ctx.addIssue({
      code: 'custom',
      message: 'expected a year (2023), month (2023-07), date (2023-07-12) or RFC 3339 time',
    });
    return z.NEVER;
  });

export const STATEMENT_VERDICT_FILTERS = [...STATEMENT_VERDICTS, 'unassessed'] as const;

export const ListStatementsQuerySchema = z
  .strictObject({
    author: textParam('Person or group (id, name or alias) who made the statement'),
    about: textParam('Group or person (id, name or alias), or an incident id, the statement is about'),
    kind: z.enum(STATEMENT_KINDS).optional(),
    verdict: z
      .enum(STATEMENT_VERDICT_FILTERS)
      .optional()
      .meta({ description: 'The standing (latest) verdict; `unassessed` for none yet' }),
    from: periodParam
      .optional()
      .meta({ description: 'Statements that may have been made at or after the start of this period' }),
    to: periodParam.optional().meta({ description: 'Statements that may have been made by the end of this period' }),
    cursor: cursorSchema(z.tuple([cursorKey.time, cursorKey.uuid])),
    limit: limitSchema(500, 50),
    minPosition: minPositionSchema,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from.earliest) <= Date.parse(q.to.latest), {
    message: 'to must not end before from begins',
    path: ['to'],
  });
export type ListStatementsQueryParams = z.infer<typeof ListStatementsQuerySchema>;
