import { z } from 'zod';
import { groupActFields, speakerFields } from '../spokesperson.schema.js';
import { credibilitySchema, timestampSchema, uuidSchema } from '../../shared/schemas.js';
import { sourceCitationSchema } from '../../shared/citation.js';
import { CLAIM_CHANNELS } from '../../shared/vocabulary.js';

export const RecordClaimBodySchema = z
  .strictObject({
    ...groupActFields({ description: 'The claiming group: id, name or alias', example: 'TTP' }),
    channel: z
      .enum(CLAIM_CHANNELS)
      .meta({ description: 'How the claim was made (GTD claimmode)', example: 'statement' }),
    claimedAt: timestampSchema.meta({
      description: 'When the group claimed it (RFC 3339 with zone); not before the incident',
    }),
    sourceId: uuidSchema.meta({ description: 'The source reporting the claim' }),
    ...speakerFields({ description: 'Who spoke for the group', example: 'Muhammad Khurasani' }),
    credibility: credibilitySchema.nullable().optional(),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Record a claim of responsibility; 409 if the group already has an active claim here' });

export type RecordClaimBody = z.infer<typeof RecordClaimBodySchema>;
