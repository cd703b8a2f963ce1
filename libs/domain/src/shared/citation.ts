import { z } from 'zod';
import { isValidYmd } from './timestamp.js';
import { CITATION_QUOTE_MAX, NAME_MAX, URL_MAX } from './vocabulary.js';

// The exact report behind an entry (docs/API.md "Evidence: citations"). Stored on the event as
// given (after validation), never fetched by the server: only http(s) URLs, so a citation can never
// point a reader's browser at javascript:, data: or a file.

const httpUrl = z
  .string()
  .trim()
  .max(URL_MAX)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** BCP 47 language tag, well-formed (not checked against the registry): `en`, `ur`, `ps-AF`, `zh-Hant`. */
const languageTag = z
  .string()
  .trim()
  .max(35)
  .regex(
    /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$/,
    'must be a BCP 47 language tag',
  );

// An outlet's own dating, kept as given: a year, month or day, optionally a time (zone optional,
// as outlets print it). Its parts must exist on the calendar and the clock: 2015-99-99 or a time of
// colons only is refused, where the shape alone let them through.
const PUBLISHED_AT =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?)?$/;

/** True when `value` is a real date (and time) in one of the forms above. */
export function isPublishedAt(value: string): boolean {
  const m = PUBLISHED_AT.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, zoneHours, zoneMinutes] = m.slice(1).map((p) => Number(p ?? 0));
  return (
    isValidYmd(year, m[2] ? month : 1, m[3] ? day : 1) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    zoneHours <= 23 &&
    zoneMinutes <= 59
  );
}

export const citationSchema = z.strictObject({
  url: httpUrl,
  headline: z
    .string()
    .trim()
    .min(1)
    .max(NAME_MAX * 2)
    .nullable()
    .optional(),
  /** RFC 3339 or a partial date (YYYY, YYYY-MM, YYYY-MM-DD), as the outlet dated it. */
  publishedAt: z
    .string()
    .trim()
    .refine(isPublishedAt, 'must be a date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)')
    .nullable()
    .optional(),
  archiveUrl: httpUrl.nullable().optional(),
  quote: z.string().trim().min(1).max(CITATION_QUOTE_MAX).nullable().optional(),
  language: languageTag.nullable().optional(),
});
export type CitationBody = z.infer<typeof citationSchema>;

/** The optional `citation` of a body that names a source: the one description every endpoint shows. */
export const sourceCitationSchema = citationSchema
  .nullable()
  .optional()
  .meta({ description: 'The exact report behind the source: url, headline, quote, …' });

/** As stored on events: every field present, absent ones null, so stored JSON is stable. */
export interface Citation {
  url: string;
  headline: string | null;
  publishedAt: string | null;
  archiveUrl: string | null;
  quote: string | null;
  language: string | null;
}

export function toCitation(body: CitationBody | null | undefined): Citation | null {
  if (!body) return null;
  return {
    url: body.url,
    headline: body.headline ?? null,
    publishedAt: body.publishedAt ?? null,
    archiveUrl: body.archiveUrl ?? null,
    quote: body.quote ?? null,
    language: body.language ?? null,
  };
}
