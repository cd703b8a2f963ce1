import { z } from 'zod';
import { ROLES } from './roles.js';

/** 201 of POST /v1/admin/keys: the key itself is shown this once (a replay answers it redacted). */
export const CreatedApiKeyResponse = z
  .object({
    id: z.guid(),
    key: z.string().meta({
      description: 'The secret: send it as `Authorization: Bearer <key>`. Shown once; only its hash is stored',
    }),
    role: z.enum(ROLES),
    name: z.string(),
  })
  .meta({ id: 'CreatedApiKey' });
export type CreatedApiKeyResponse = z.infer<typeof CreatedApiKeyResponse>;
