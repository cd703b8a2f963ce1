import { z } from 'zod';
import { clientIdSchema } from '../../shared/schemas.js';
import {
  attackTypeSchema,
  CasualtiesBodySchema,
  incidentSourceIdsSchema,
  LocationBodySchema,
  occurredAtSchema,
  suicideSchema,
  summarySchema,
  targetSchema,
} from '../incident-fields.schema.js';

export const ReportIncidentBodySchema = z
  .strictObject({
    id: clientIdSchema,
    occurredAt: occurredAtSchema,
    location: LocationBodySchema,
    type: attackTypeSchema,
    suicide: suicideSchema,
    target: targetSchema,
    casualties: CasualtiesBodySchema.nullable().optional(),
    summary: summarySchema,
    sourceIds: incidentSourceIdsSchema.optional(),
  })
  .meta({ description: 'Report an incident (an attack)' });

export type ReportIncidentBody = z.infer<typeof ReportIncidentBodySchema>;
