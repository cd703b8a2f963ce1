import { citationSchema, toCitation, type Citation, type CitationBody } from './citation.js';
import { RuleViolation } from './domain-errors.js';

// Decide functions re-check the citation the HTTP schema checked (imports and workflows call them
// without HTTP): a javascript:, data: or ftp: URL, an over-long quote or a malformed language tag
// is a rule violation naming the field (`citation.url`), and never reaches the log.

/** The citation as stored on the event (absent fields null), or null when none was given. */
export function optionalCitation(path: string, value: CitationBody | Citation | null | undefined): Citation | null {
  if (value === null || value === undefined) return null;
  const result = citationSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = [path, ...issue.path.map(String)].join('.');
    throw new RuleViolation(field, `${field} ${issue.message}`);
  }
  return toCitation(result.data);
}
