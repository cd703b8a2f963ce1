import { z } from 'zod';
import { uuid } from '../shared/responses.js';

const count = z.number().int().min(0);

export const TrackRecordResponse = z
  .object({
    id: uuid.meta({ description: 'The person or source' }),
    name: z.string(),
    statements: z
      .object({
        total: count,
        authentic: count,
        doubtful: count,
        fabricated: count,
        unverified: count,
        unassessed: count,
      })
      .meta({ description: "By each statement's standing (latest) verdict" }),
    claims: z.object({
      total: count,
      retracted: count,
      rejected: count.meta({ description: 'Rejected by a resolved review' }),
      upheld: count.meta({ description: 'Upheld by a resolved review' }),
    }),
    credibility: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: '0–1; null when nothing in the record has been assessed or decided' }),
    basis: z.string().meta({ description: 'How credibility was computed from the counts, in words' }),
  })
  .meta({ id: 'TrackRecord' });
export type TrackRecordResponse = z.infer<typeof TrackRecordResponse>;
