import { z } from 'zod';
import { RELIABILITY, SOURCE_KINDS } from '@app/domain';
import { isoTime, pageOf, uuid } from '../shared/responses.js';

export const SourceResponse = z
  .object({
    id: uuid,
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    reliability: z.enum(RELIABILITY).meta({ description: 'Current Admiralty reliability A–F' }),
    ratings: z.array(
      z.object({
        reliability: z.enum(RELIABILITY),
        previous: z.enum(RELIABILITY),
        reason: z.string(),
        recordedAt: isoTime.nullable(),
      }),
    ),
  })
  .meta({ id: 'Source' });
export const ListSourcesResponse = pageOf(SourceResponse, 'SourcePage');
export type ListSourcesResponse = z.infer<typeof ListSourcesResponse>;
