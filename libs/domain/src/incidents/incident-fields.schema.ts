import { z } from 'zod';
import {
  countSchema,
  countrySchema,
  latitudeSchema,
  longitudeSchema,
  optionalNameSchema,
  optionalTextSchema,
  partialDateSchema,
  sourceIdsSchema,
} from '../shared/schemas.js';
import { ATTACK_TYPES } from '../shared/vocabulary.js';

// Body pieces shared by POST /v1/incidents and its corrections.

export const LocationBodySchema = z
  .strictObject({
    country: countrySchema,
    admin1: optionalNameSchema.meta({
      description: 'First-level administrative division (province, state)',
      example: 'Khyber Pakhtunkhwa',
    }),
    place: optionalNameSchema.meta({ description: 'City, town or site', example: 'Peshawar' }),
    lat: latitudeSchema.nullable().optional().meta({ description: 'Latitude, −90 to 90; given together with lon' }),
    lon: longitudeSchema.nullable().optional().meta({ description: 'Longitude, −180 to 180; given together with lat' }),
  })
  .meta({ description: 'Where the incident happened' });

export const CasualtiesBodySchema = z
  .strictObject({
    killedMin: countSchema.nullable().optional(),
    killedMax: countSchema.nullable().optional(),
    injuredMin: countSchema.nullable().optional(),
    injuredMax: countSchema.nullable().optional(),
  })
  .meta({ description: 'Casualty counts as ranges (min ≤ max); null when unknown' });

export const occurredAtSchema = partialDateSchema.meta({
  description: 'A date (2023-07-12), month (2023-07), year (2023) or RFC 3339 date-time; the precision is kept',
  example: '2023-07-12',
});

export const attackTypeSchema = z.enum(ATTACK_TYPES).meta({ description: 'GTD attack type', example: 'bombing' });

export const suicideSchema = z
  .boolean()
  .nullable()
  .optional()
  .meta({ description: 'Suicide attack (GTD suicide); null when unknown' });

export const targetSchema = optionalTextSchema.meta({
  description: 'Free text: who or what was attacked',
  example: 'Police checkpoint',
});

export const summarySchema = optionalTextSchema.meta({ description: 'Short narrative of the incident' });

export const incidentSourceIdsSchema = sourceIdsSchema.meta({ description: 'Sources reporting the incident (≤ 100)' });

/** Every incident field as a report takes it; a correction makes each optional (incidentFieldsPatchShape). */
export const incidentFieldsBodyShape = {
  occurredAt: occurredAtSchema,
  location: LocationBodySchema,
  type: attackTypeSchema,
  suicide: suicideSchema,
  target: targetSchema,
  casualties: CasualtiesBodySchema.nullable().optional(),
  summary: summarySchema,
  sourceIds: incidentSourceIdsSchema.optional(),
};
