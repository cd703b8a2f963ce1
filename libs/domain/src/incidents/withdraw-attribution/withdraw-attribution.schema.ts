import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';

export const WithdrawAttributionBodySchema = z
  .strictObject({ reason: textSchema.meta({ description: 'Why the attribution no longer stands' }) })
  .meta({ description: 'Withdraw an attribution (analyst)' });

export type WithdrawAttributionBody = z.infer<typeof WithdrawAttributionBodySchema>;
