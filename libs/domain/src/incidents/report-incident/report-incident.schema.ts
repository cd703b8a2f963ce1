import { z } from 'zod';
import { citationSchema } from '../../shared/citation.js';
import { clientIdSchema } from '../../shared/schemas.js';
import { incidentFieldsBodyShape } from '../incident-fields.schema.js';

export const ReportIncidentBodySchema = z
  .strictObject({
    id: clientIdSchema,
    ...incidentFieldsBodyShape,
    citation: citationSchema
      .nullable()
      .optional()
      .meta({ description: 'The exact report behind the source: url, headline, quote, …' }),
  })
  .meta({ description: 'Report an incident (an attack)' });

export type ReportIncidentBody = z.infer<typeof ReportIncidentBodySchema>;
