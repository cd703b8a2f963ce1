import { z } from 'zod';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

export const cursorSchema = z
  .string()
  .max(500)
  .refine((c) => decodeCursor(c) !== null, 'not a cursor this API issued')
  .optional()
  .meta({ description: 'nextCursor of the previous page' });

export const limitSchema = (max: number, dflt: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).meta({ description: `Page size, 1–${max}` });

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
  .refine((v) => /^\d{4}-\d{2}-\d{2}([Tt ][\d:.]+([Zz]|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), 'expected an RFC 3339 time or a YYYY-MM-DD date')
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v));

export function page<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
