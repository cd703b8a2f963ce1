import { z } from 'zod';
import { textSchema } from '../../shared/schemas.js';
import { STATEMENT_VERDICTS } from '../../shared/vocabulary.js';

export const AssessStatementBodySchema = z
  .strictObject({
    verdict: z.enum(STATEMENT_VERDICTS).meta({ description: 'Is the statement genuine?', example: 'doubtful' }),
    basis: textSchema.meta({ description: 'What the verdict rests on' }),
  })
  .meta({ description: 'Assess a statement (analyst); every assessment is kept, the latest stands' });

export type AssessStatementBody = z.infer<typeof AssessStatementBodySchema>;
