import { z } from 'zod';
import { PartialDateResponse } from '../shared/incident-picture.response.js';
import { uuid } from '../shared/responses.js';

export const SearchResponse = z
  .object({
    groups: z.array(z.object({ id: uuid, name: z.string(), aliases: z.array(z.string()) })),
    persons: z.array(z.object({ id: uuid, name: z.string(), aliases: z.array(z.string()) })),
    incidents: z.array(
      z.object({
        id: uuid,
        occurredAt: PartialDateResponse.nullable(),
        country: z.string().nullable(),
        place: z.string().nullable(),
        admin1: z.string().nullable(),
        target: z.string().nullable(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: 'SearchResults' });
export type SearchResponse = z.infer<typeof SearchResponse>;
