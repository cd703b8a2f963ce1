import { z } from 'zod';
import { clientIdSchema, groupRefSchema, optionalNameSchema } from '../shared/schemas.js';
import { NAME_MAX } from '../shared/vocabulary.js';

/** A person named in a claim or denial body: id, name or alias; the handler resolves it (422 unknown). */
export const personRefSchema = z
  .string()
  .trim()
  .min(1)
  .max(NAME_MAX)
  .meta({ description: 'Person id, name or alias', example: 'Zabihullah Mujahid' });

/** The optional `spokespersonId` of a claim or denial body. */
export const spokespersonIdSchema = personRefSchema
  .nullable()
  .optional()
  .meta({ description: 'The person who spoke for the group: id, name or alias (422 when unknown)' });

/**
 * Who spoke for the group in a claim or denial body: as the source reported it (free text) and
 * the person it names; `spokesperson` says so on each operation.
 */
export const speakerFields = (spokesperson: { description: string; example: string }) => ({
  spokesperson: optionalNameSchema.meta(spokesperson),
  spokespersonId: spokespersonIdSchema,
});

/**
 * The claim's or denial's client id and the group that acted (id, name or alias); `group` says how
 * on each operation.
 */
export const groupActFields = (group: { description: string; example: string }) => ({
  id: clientIdSchema,
  group: groupRefSchema.meta(group),
});
