import { z } from 'zod';
import { optionalPartialDateSchema } from '../../shared/schemas.js';
import { personNameSchema } from '../person.schemas.js';

export const AddPersonAliasBodySchema = z
  .strictObject({
    alias: personNameSchema.meta({
      description: 'Another name of the person (a kunya, a nom de guerre); unique across persons',
      example: 'Abu Mansoor Asim',
    }),
    validFrom: optionalPartialDateSchema.meta({ description: 'When the name came into use (year, month or date)' }),
    validTo: optionalPartialDateSchema.meta({ description: 'When the name went out of use' }),
  })
  .meta({ description: 'Add an alias to a person' });

export type AddPersonAliasBody = z.infer<typeof AddPersonAliasBodySchema>;
