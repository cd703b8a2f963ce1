import { z } from 'zod';
import { ROLES } from './roles.js';

export const CreateApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(200).describe('Who or what uses the key'),
    role: z.enum(ROLES).describe('reporter, analyst or admin'),
  })
  .strict();
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

export const KeyIdParam = z.uuid();
