import { z } from 'zod';
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
    .regex(
      /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
      'must be a date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)',
    )
    .nullable()
    .optional(),
  archiveUrl: httpUrl.nullable().optional(),
  quote: z.string().trim().min(1).max(CITATION_QUOTE_MAX).nullable().optional(),
  language: languageTag.nullable().optional(),
});
export type CitationBody = z.infer<typeof citationSchema>;

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
