import { z } from 'zod';
import { nameSchema } from '../shared/schemas.js';
import { ALIASES_MAX } from '../shared/vocabulary.js';

// Bidi controls in a name are a rule (422 naming the field, checked by requirePersonName before
// the name-taken look-up), not a shape error, so the schema here takes any 1–200 character name.

/** A person's name or alias: 1–200 characters. */
export const personNameSchema = nameSchema;

export const personAliasesSchema = z.array(personNameSchema).max(ALIASES_MAX);
