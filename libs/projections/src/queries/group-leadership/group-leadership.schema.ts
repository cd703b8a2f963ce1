import { z } from 'zod';
import { parsePartialDate, type PartialDate } from '@app/domain';
import { minPositionSchema } from '../shared/cursor.js';

/**
 * A date the affiliations must be valid on: a partial date (`2015`, `2015-06`, `2015-06-01`) or an
 * RFC 3339 time, read as the period it names (a day is the whole UTC day).
 */
export const validOnSchema = z
  .string()
  .trim()
  .max(64)
  .transform((v, ctx) => {
    const parsed = parsePartialDate(v);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: 'expected a date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time' });
    return z.NEVER;
  });

/** `{id}` of a group read: its id, or a name or alias (case-insensitive). */
export const groupRefParamSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters')
  .meta({ description: 'Group id, name or alias' });

export const GroupLeadershipQuerySchema = z.strictObject({
  at: validOnSchema
    .optional()
    .meta({ description: 'Valid on this date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339); default today (UTC)' }),
  minPosition: minPositionSchema,
});
export type GroupLeadershipQueryParams = z.infer<typeof GroupLeadershipQuerySchema>;

/** Today as a UTC day: the default `at`. */
export const today = (): PartialDate => parsePartialDate(new Date().toISOString().slice(0, 10))!;
