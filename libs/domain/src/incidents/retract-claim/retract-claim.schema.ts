import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { clientIdSchema, optionalTextSchema, timestampSchema, uuidSchema } from '../../shared/schemas.js';

export const RetractClaimBodySchema = z
  .strictObject({
    id: clientIdSchema,
    retractedAt: timestampSchema.meta({
      description: 'When the group retracted the claim (RFC 3339 with zone); not before the claim',
    }),
    sourceId: uuidSchema.meta({ description: 'The source reporting the retraction' }),
    reason: optionalTextSchema.meta({ description: 'The reason given, if any' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Record that a group retracted its claim; 409 if already retracted' });

export type RetractClaimBody = z.infer<typeof RetractClaimBodySchema>;
