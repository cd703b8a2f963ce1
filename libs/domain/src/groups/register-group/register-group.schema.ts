import { z } from 'zod';
import { aliasesSchema, clientIdSchema, nameSchema, optionalNameSchema } from '../../shared/schemas.js';

export const RegisterGroupBodySchema = z
  .strictObject({
    id: clientIdSchema,
    name: nameSchema.meta({
      description: 'The group’s name; unique across groups, case-insensitively',
      example: 'Tehreek-e-Taliban Pakistan',
    }),
    aliases: aliasesSchema
      .optional()
      .meta({ description: 'Other names (≤ 50); each unique across groups', example: ['TTP', 'Pakistani Taliban'] }),
    kind: optionalNameSchema.meta({ description: 'Free text, e.g. militant, state, political', example: 'militant' }),
  })
  .meta({ description: 'Register a group' });

export type RegisterGroupBody = z.infer<typeof RegisterGroupBodySchema>;
