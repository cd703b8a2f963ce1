import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { clientIdSchema } from '../../shared/schemas.js';
import { incidentFieldsBodyShape } from '../incident-fields.schema.js';

export const ReportIncidentBodySchema = z
  .strictObject({
    id: clientIdSchema,
    ...incidentFieldsBodyShape,
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Report an incident (an attack)' });

export type ReportIncidentBody = z.infer<typeof ReportIncidentBodySchema>;
