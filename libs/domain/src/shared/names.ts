// Group names and aliases are compared case-insensitively (docs/API.md). The same key is what the
// handler's reservation table must store, so both sides agree on what "the same name" is.

/** Trimmed, inner whitespace collapsed, NFC: the form stored in events. */
export function cleanName(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Comparison key: clean form, Unicode-compatibility folded and lower-cased. */
export function nameKey(input: string): string {
  return cleanName(input).normalize('NFKC').toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Free text: trimmed; empty becomes null so optional fields are stable JSON. */
export function cleanText(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const text = input.trim();
  return text === '' ? null : text;
}
