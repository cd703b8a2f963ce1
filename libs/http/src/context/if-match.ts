import { problem } from '../problem/problem.js';

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent → undefined; anything else is a 400 naming the header. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header) || header.includes(',')) {
    throw problem(400, 'validation', 'If-Match must hold exactly one version', {
      errors: [{ path: 'header.If-Match', message: 'exactly one "<version>" expected' }],
    });
  }
  const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!m) {
    throw problem(400, 'validation', 'If-Match must be a stream version such as "3"', {
      errors: [{ path: 'header.If-Match', message: 'expected "<version>"' }],
    });
  }
  return Number(m[1]);
}

export const etagOf = (version: number) => `"${version}"`;
