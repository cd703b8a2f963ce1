import { z } from 'zod';
import { uuid } from '../shared/responses.js';

const counts = {
  claims: z.number().int(),
  retractions: z.number().int(),
  denials: z.number().int(),
  attributions: z.number().int(),
};

export const GroupLedgerResponse = z
  .object({
    groupId: uuid,
    groupName: z.string(),
    totals: z.object(counts),
    byMonth: z.array(
      z.object({
        month: z.string().meta({ description: 'YYYY-MM (UTC); YYYY for incidents dated to a year' }),
        ...counts,
      }),
    ),
    retractionRate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'Retracted claims ÷ claims; null with no claims' }),
    medianHoursToRetraction: z
      .number()
      .nullable()
      .meta({ description: 'Over retracted claims whose claim time is known (imported GTD claims have none)' }),
  })
  .meta({ id: 'GroupLedger' });
export type GroupLedgerResponse = z.infer<typeof GroupLedgerResponse>;
