import { z } from 'zod';
import { sourceCitationSchema } from '../../shared/citation.js';
import { textSchema } from '../../shared/schemas.js';
import {
  attackTypeSchema,
  CasualtiesBodySchema,
  incidentFieldsBodyShape,
  incidentSourceIdsSchema,
  LocationBodySchema,
  occurredAtSchema,
} from '../incident-fields.schema.js';

export const IncidentFieldsPatchSchema = z
  .strictObject({
    // suicide, target and summary are optional as they are; the rest become so here.
    ...incidentFieldsBodyShape,
    occurredAt: occurredAtSchema.optional(),
    location: LocationBodySchema.partial()
      .meta({ description: 'Only the location parts to change; the rest is kept' })
      .optional(),
    type: attackTypeSchema.optional(),
    casualties: CasualtiesBodySchema.nullable()
      .optional()
      .meta({ description: 'Only the counts to change; null clears all' }),
    sourceIds: incidentSourceIdsSchema.optional().meta({ description: 'Replaces the incident’s source list' }),
  })
  .refine((fields) => Object.values(fields).some((v) => v !== undefined), {
    message: 'Name at least one field to correct',
  })
  .meta({ description: 'Any IncidentReported field, with its new value' });

export const CorrectIncidentBodySchema = z
  .strictObject({
    fields: IncidentFieldsPatchSchema,
    reason: textSchema.meta({ description: 'Why the record is corrected' }),
    citation: sourceCitationSchema,
  })
  .meta({ description: 'Correct incident fields; a correction that changes nothing is rejected' });

export type CorrectIncidentBody = z.infer<typeof CorrectIncidentBodySchema>;
