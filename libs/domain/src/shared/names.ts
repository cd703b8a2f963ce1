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

// People's names (docs/API.md "People") are compared more strictly than groups' (whose look-alike
// handling is a separate item): invisible format characters (Unicode category Cf: U+200B, U+00AD,
// U+2060…) are dropped before comparing, so "Noor\u200BWali" cannot pass for a different person.

const FORMAT_CHARS = /\p{Cf}/gu;
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/** True when the text holds a bidirectional override or isolate (refused in people's names). */
export function hasBidiControl(input: string): boolean {
  return BIDI_CONTROLS.test(input);
}

/** Comparison key of a person's name: NFKC, format characters removed, whitespace collapsed, lower-cased. */
export function personNameKey(input: string): string {
  return input.normalize('NFKC').replace(FORMAT_CHARS, '').trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFKC');
}

export function samePersonName(a: string, b: string): boolean {
  return personNameKey(a) === personNameKey(b);
}
