import { z } from 'zod';
import { nameSchema, optionalPartialDateSchema } from '../../shared/schemas.js';

export const AddAliasBodySchema = z
  .strictObject({
    alias: nameSchema.meta({
      description: 'Another name of the group; unique across groups, case-insensitively',
      example: 'Pakistani Taliban',
    }),
    validFrom: optionalPartialDateSchema.meta({
      description: 'When the name came into use (year, month, date or date-time)',
    }),
    validTo: optionalPartialDateSchema.meta({ description: 'When the name went out of use' }),
  })
  .meta({ description: 'Add an alias to a group' });

export type AddAliasBody = z.infer<typeof AddAliasBodySchema>;
