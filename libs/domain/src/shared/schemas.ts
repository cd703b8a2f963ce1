import { z } from 'zod';
import { toCountryCode } from './country.js';
import { isPartialDate } from './partial-date.js';
import { isTimestamp } from './timestamp.js';
import {
  ALIASES_MAX,
  CONFIDENCE_MAX,
  CONFIDENCE_MIN,
  CREDIBILITY_MAX,
  CREDIBILITY_MIN,
  NAME_MAX,
  RELIABILITY,
  SOURCE_IDS_MAX,
  TEXT_MAX,
} from './vocabulary.js';

// Reusable pieces of the HTTP body schemas. Only representable steps (trim, lower-case, refine)
// are used, so every schema still converts to JSON Schema for the OpenAPI document.

/** Any 8-4-4-4-12 hex UUID (Postgres' uuid accepts all of them), lower-cased so stream ids match. */
export const uuidSchema = z
  .guid()
  .toLowerCase()
  .meta({ description: 'UUID', example: '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b' });

/** Optional client-chosen id on create; the server generates one when absent. */
export const clientIdSchema = uuidSchema
  .optional()
  .meta({ description: 'Optional client-supplied UUID for the created resource' });

export const timestampSchema = z
  .string()
  .trim()
  .max(40)
  .refine(isTimestamp, { message: 'Expected an RFC 3339 date-time with a zone, e.g. 2023-07-12T10:30:00Z' })
  .meta({
    format: 'date-time',
    description: 'RFC 3339 date-time with a zone (Z or ±hh:mm)',
    example: '2023-07-12T10:30:00Z',
  });

export const partialDateSchema = z
  .string()
  .trim()
  .max(40)
  .refine(isPartialDate, {
    message: 'Expected a year (2023), month (2023-07), date (2023-07-12) or RFC 3339 date-time',
  })
  .meta({ description: 'A year, month (UTC), date, or RFC 3339 date-time; the precision is kept', example: '2023-07' });

/** Names: trimmed, 1–200 characters. */
export const nameSchema = z.string().trim().min(1).max(NAME_MAX);

/** Free text (reasons, bases, summaries): trimmed, 1–4000 characters. */
export const textSchema = z.string().trim().min(1).max(TEXT_MAX);

/** Optional free text that may also be sent as null. */
export const optionalTextSchema = textSchema.nullable().optional();

/** Optional short text (names, places, spokespersons). */
export const optionalNameSchema = nameSchema.nullable().optional();

export const optionalPartialDateSchema = partialDateSchema.nullable().optional();

/** Group reference in a body: its id, name or alias; the handler resolves it. */
export const groupRefSchema = z
  .string()
  .trim()
  .min(1)
  .max(NAME_MAX)
  .meta({ description: 'Group id, name or alias', example: 'TTP' });

export const countrySchema = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .refine((value) => toCountryCode(value) !== null, {
    message: 'Unknown country: use an ISO 3166-1 alpha-2 code or English name',
  })
  .meta({ description: 'ISO 3166-1 alpha-2 code or English country name; stored as the code', example: 'PK' });

export const credibilitySchema = z
  .number()
  .int()
  .min(CREDIBILITY_MIN)
  .max(CREDIBILITY_MAX)
  .meta({ description: 'Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged' });

export const confidenceSchema = z
  .number()
  .int()
  .min(CONFIDENCE_MIN)
  .max(CONFIDENCE_MAX)
  .meta({ description: 'Confidence 0–100 (STIX 2.1)' });

export const sourceIdsSchema = z.array(uuidSchema).max(SOURCE_IDS_MAX);

export const aliasesSchema = z.array(nameSchema).max(ALIASES_MAX);

/** Non-negative integer count, bounded so typos like 1e12 are caught. */
export const countSchema = z.number().int().min(0).max(1_000_000);

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

export const reliabilitySchema = z
  .enum(RELIABILITY)
  .meta({ description: 'Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged' });

/** Path parameter `{id}`. */
export const idParamSchema = uuidSchema;
