import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';
import { AUTHENTICITY_VERDICTS } from '../../shared/vocabulary.js';

export const AssessAuthenticityBodySchema = z
  .strictObject({
    verdict: z
      .enum(AUTHENTICITY_VERDICTS)
      .meta({ description: 'Is the claim genuinely the group’s?', example: 'doubtful' }),
    basis: textSchema.meta({ description: 'What the verdict rests on' }),
  })
  .meta({ description: 'Assess whether a claim is authentic (analyst)' });

export type AssessAuthenticityBody = z.infer<typeof AssessAuthenticityBodySchema>;
