import { z } from 'zod';
import { clientIdSchema, nameSchema, reliabilitySchema } from '../../shared/schemas.js';
import { SOURCE_KINDS } from '../../shared/vocabulary.js';

export const RegisterSourceBodySchema = z
  .strictObject({
    id: clientIdSchema,
    name: nameSchema.meta({ description: 'Outlet, channel or agency name', example: 'Dawn' }),
    kind: z.enum(SOURCE_KINDS).meta({ description: 'What kind of source it is', example: 'news' }),
    reliability: reliabilitySchema,
  })
  .meta({ description: 'Register a source' });

export type RegisterSourceBody = z.infer<typeof RegisterSourceBodySchema>;
