import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';

export const WithdrawRelationBodySchema = z
  .strictObject({ reason: textSchema.meta({ description: 'Why the relation no longer stands' }) })
  .meta({ description: 'Withdraw a group relation' });

export type WithdrawRelationBody = z.infer<typeof WithdrawRelationBodySchema>;
