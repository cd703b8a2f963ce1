import { z } from 'zod';

// Building blocks of the read answers' zod schemas (rendered into the OpenAPI document, and the
// controllers' return types are inferred from them).

/** An RFC 3339 time as the API writes it (toISOString: UTC, milliseconds). */
export const isoTime = z.string().meta({ format: 'date-time' });
export const uuid = z.guid();

/** `{ items, nextCursor }`: one page of a keyset-paged list; `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last' }),
    })
    .meta({ id });
}
