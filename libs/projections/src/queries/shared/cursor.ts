import { z } from 'zod';
import { parseTimeParam, parseTimestamp, uuidSchema } from '@app/domain';
import { hostileParts } from '@app/http';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Elements of the lists' sort keys. The lists cast them in SQL (::timestamptz, ::uuid), so a
 * cursor must match its list's shape exactly; anything else would be a 500, not a 400.
 */
export const cursorKey = {
  /** A row's time as the list wrote it; only UTC years 1–9999, which Postgres and toISOString share. */
  time: z
    .string()
    .max(40)
    .transform((v, ctx) => {
      const d = parseTimestamp(v);
      if (d) return d.toISOString();
      ctx.addIssue({ code: 'custom', message: 'not a time' });
      return z.NEVER;
    }),
  text: z.string().max(500),
  uuid: uuidSchema,
};

/** The sort key in `cursor` if it has the list's shape, else null. */
export function decodeCursor<T extends readonly unknown[]>(cursor: string, shape: z.ZodType<T, any>): T | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // NUL and lone surrogates: Postgres cannot take them as text.
    if (hostileParts(key).length) return null;
    const parsed = shape.safeParse(key);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `cursor` of a list whose sort key has this tuple shape; parses to the key (400 naming `cursor` otherwise). */
export function cursorSchema<T extends readonly unknown[]>(shape: z.ZodType<T, any>) {
  return z
    .string()
    .max(500)
    .transform((c, ctx) => {
      const key = decodeCursor(c, shape);
      if (key) return key;
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API issued' });
      return z.NEVER;
    })
    .optional()
    .meta({ description: 'nextCursor of the previous page' });
}

export const limitSchema = (max: number, dflt: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(dflt)
    .meta({ description: `Page size, 1–${max}` });

export const minPositionSchema = z.coerce
  .number()
  .int()
  .min(0)
  .optional()
  .meta({ description: 'Wait (up to a few seconds) until every read model has applied this position' });

/** RFC 3339 time or a date (`2023-07-01`); dates are UTC midnight. */
export const timeParamSchema = z
  .string()
  .max(64)
  // abort: without it an object-level refine still runs, on the raw string the transform never turned into a Date.
  .refine((v) => parseTimeParam(v) !== null, {
    message: 'expected an RFC 3339 time or a YYYY-MM-DD date, in UTC years 0001–9999',
    abort: true,
  })
  .transform((v) => parseTimeParam(v)!);

export function page<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => unknown[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
