import { z } from 'zod';

export const LedgerVerifyResponse = z
  .object({
    ok: z.boolean(),
    checkedThrough: z
      .number()
      .int()
      .meta({ description: 'Position of the last event covered by a verified seal (0 when nothing is sealed yet)' }),
    seals: z.number().int(),
    events: z.number().int(),
    firstMismatch: z
      .object({ sealId: z.number().int(), position: z.number().int().nullable(), reason: z.string() })
      .nullable()
      .meta({
        description:
          'The first seal whose events no longer hash to it, and the event that changed when known; or, with ' +
          'expectHead, the truncation below it',
      }),
    head: z
      .object({ position: z.number().int(), hash: z.string().meta({ description: 'SHA-256 chain hash, hex' }) })
      .nullable()
      .meta({
        description:
          'The last verified seal: keep `hash@position` outside the database and pass it back as expectHead to ' +
          'detect a truncated tail',
      }),
    expectedHead: z
      .object({ position: z.number().int(), hash: z.string(), reached: z.boolean() })
      .nullable()
      .meta({ description: 'The expectHead given, and whether the ledger still reaches it with that hash' }),
  })
  .meta({ id: 'LedgerVerification' });
export type LedgerVerifyResponse = z.infer<typeof LedgerVerifyResponse>;
