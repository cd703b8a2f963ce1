import { z } from 'zod';

/** A citation as stored on the event (every field present, absent ones null); never fetched by the server. */
export const CitationResponse = z
  .object({
    url: z.string().meta({ description: 'http(s) only' }),
    headline: z.string().nullable(),
    publishedAt: z.string().nullable().meta({ description: 'As the outlet dated it: partial date or RFC 3339' }),
    archiveUrl: z.string().nullable().meta({ description: 'http(s) only' }),
    quote: z.string().nullable(),
    language: z.string().nullable().meta({ description: 'BCP 47 tag' }),
  })
  .meta({ description: 'The exact report behind a source (docs/API.md "Evidence: citations")' });
