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
      .meta({ description: 'The first seal whose events no longer hash to it, and the event that changed when known' }),
  })
  .meta({ id: 'LedgerVerification' });
export type LedgerVerifyResponse = z.infer<typeof LedgerVerifyResponse>;
