import { z } from 'zod';
import { clientIdSchema, optionalTextSchema } from '../../shared/schemas.js';
import { personAliasesSchema, personNameSchema } from '../person.schemas.js';

export const RegisterPersonBodySchema = z
  .strictObject({
    id: clientIdSchema,
    name: personNameSchema.meta({
      description:
        'The person’s name; unique across persons (case-insensitive, after NFKC, invisible format characters ignored)',
      example: 'Noor Wali Mehsud',
    }),
    aliases: personAliasesSchema
      .optional()
      .meta({ description: 'Other names (≤ 50); each unique across persons', example: ['Abu Mansoor Asim'] }),
    summary: optionalTextSchema.meta({ description: 'Who the person is, in a sentence or two' }),
  })
  .meta({ description: 'Register a person' });

export type RegisterPersonBody = z.infer<typeof RegisterPersonBodySchema>;
