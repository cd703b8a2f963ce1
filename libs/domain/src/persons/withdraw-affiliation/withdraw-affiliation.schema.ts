import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';

export const WithdrawAffiliationBodySchema = z
  .strictObject({
    reason: textSchema.meta({ description: 'Why the affiliation was recorded wrongly', example: 'misread report' }),
  })
  .meta({ description: 'Withdraw an affiliation recorded wrongly: kept in the history, left out of current reads' });

export type WithdrawAffiliationBody = z.infer<typeof WithdrawAffiliationBodySchema>;
