// The citation rule every write that takes a citation follows, checked the same way in each decide spec.
import { expect } from '@jest/globals';
import { RuleViolation } from '../shared/domain-errors.js';
import { thrown } from './fixtures.js';

/** A citation as a body gives it: URL, headline and language only. */
export const givenCitation = { url: 'https://example.org/a', headline: 'Headline', language: 'en' };
/** The same citation as the event stores it: the fields not given are null. */
export const storedCitation = { ...givenCitation, publishedAt: null, archiveUrl: null, quote: null };

/**
 * Checks that `decide` stores `givenCitation` in its first event as `storedCitation`, and that a citation
 * with `badUrl` is a RuleViolation naming citation.url; returns that first event's data for further checks.
 */
export function expectCitationRule(
  decide: (citation: { url: string }) => ReadonlyArray<{ data: object }>,
  badUrl = 'javascript:alert(1)',
): any {
  const [event] = decide(givenCitation);
  expect(event.data).toMatchObject({ citation: storedCitation });
  const error = thrown(() => decide({ url: badUrl }));
  expect(error).toBeInstanceOf(RuleViolation);
  expect(error.path).toBe('citation.url');
  return event.data;
}
