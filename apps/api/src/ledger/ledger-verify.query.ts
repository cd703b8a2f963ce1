import { z } from 'zod';
import { parseLedgerHead } from '@app/event-store';
import { minPositionSchema } from '@app/projections';

export const LedgerVerifyQuery = z.strictObject({
  expectHead: z
    .string()
    .max(100)
    .refine((v) => parseLedgerHead(v) !== null, { message: 'expected <64 hex digits>@<position>' })
    .transform((v) => parseLedgerHead(v)!)
    .optional()
    .meta({
      description:
        "A head kept outside the database (`hash@position`, as an earlier verify or the sealer's log gave it): " +
        'the ledger must still reach it with that hash, else the report names the truncation',
      example: `${'0'.repeat(64)}@1234`,
    }),
  minPosition: minPositionSchema,
});
export type LedgerVerifyQuery = z.infer<typeof LedgerVerifyQuery>;
