import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { groupRefSchema, partialDateSchema, uuidSchema } from '../../shared/schemas.js';
import { AFFILIATION_END_REASONS } from '../../shared/vocabulary.js';

export const EndAffiliationBodySchema = z
  .strictObject({
    validTo: partialDateSchema.meta({ description: 'When it ended (year, month or date); not before validFrom' }),
    reason: z.enum(AFFILIATION_END_REASONS).meta({ description: 'Why it ended', example: 'defected' }),
    toGroup: groupRefSchema
      .nullable()
      .optional()
      .meta({ description: 'Only with reason `defected`: the group the person went to (id, name or alias)' }),
    sourceId: uuidSchema.nullable().optional().meta({ description: 'The source reporting the end' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'End an affiliation that was true (not a correction: that is a withdrawal)' });

export type EndAffiliationBody = z.infer<typeof EndAffiliationBodySchema>;
