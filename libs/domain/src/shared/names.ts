// Names and aliases (groups and persons) are compared case-insensitively (docs/API.md). The same key is what the
// handler's reservation table must store, so both sides agree on what "the same name" is.

/** Trimmed, inner whitespace collapsed, NFC: the form stored in events. */
export function cleanName(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const FORMAT_CHARS = /\p{Cf}/gu;
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Comparison key of a name or alias, the one for groups and persons alike (docs/API.md): NFKC,
 * invisible format characters (Unicode category Cf: U+200B, U+00AD, U+2060, U+202E…) removed,
 * whitespace collapsed, lower-cased. So "TTP\u200B", "T\u00ADTP" and "ＴＴＰ" are TTP.
 */
export function nameKey(input: string): string {
  return input.normalize('NFKC').replace(FORMAT_CHARS, '').trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFKC');
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

/** True when the text holds a bidirectional override or isolate (refused in names and aliases). */
export function hasBidiControl(input: string): boolean {
  return BIDI_CONTROLS.test(input);
}

/** A person's name compares as any name does (kept as a name for the persons code). */
export const personNameKey = nameKey;
export const samePersonName = sameName;
