import { z } from 'zod';
import { sourceCitationSchema } from '../shared/citation.js';
import { clientIdSchema, nameSchema, uuidSchema } from '../shared/schemas.js';
import { ALIASES_MAX } from '../shared/vocabulary.js';

// Bidi controls in a name are a rule (422 naming the field, checked by requirePersonName before
// the name-taken look-up), not a shape error, so the schema here takes any 1–200 character name.

/** A person's name or alias: 1–200 characters. */
export const personNameSchema = nameSchema;

export const personAliasesSchema = z.array(personNameSchema).max(ALIASES_MAX);

// An entry recorded about a person (an affiliation, a status) takes an optional client id and
// carries its evidence: the source reporting it and the exact report.

/** The entry's optional client-supplied id, `what` naming the entry. */
export const personEntryIdSchema = (what: string) =>
  clientIdSchema.meta({ description: `Optional client-supplied UUID for the ${what}` });

/** The entry's source and citation. */
export const personEvidenceFields = {
  sourceId: uuidSchema.nullable().optional().meta({ description: 'The source reporting it' }),
  citation: sourceCitationSchema,
};
