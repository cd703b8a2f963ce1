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

/** The two fields an as-of read adds to a picture (GET …?asOf= or ?asOfPosition=); absent on a live read. */
export const asOfFields = {
  asOf: isoTime
    .nullable()
    .optional()
    .meta({ description: 'As-of reads only: the time asked for (null when read by position)' }),
  asOfPosition: z
    .number()
    .int()
    .nullable()
    .optional()
    .meta({ description: 'As-of reads only: the position asked for (null when read by time)' }),
};
