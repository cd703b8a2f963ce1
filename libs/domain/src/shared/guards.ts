import { RuleViolation } from './domain-errors.js';
import { cleanName, cleanText, hasBidiControl, nameKey } from './names.js';
import { parsePartialDate, type PartialDate } from './partial-date.js';
import { normaliseTimestamp } from './timestamp.js';
import { ALIASES_MAX, NAME_MAX, TEXT_MAX } from './vocabulary.js';

// Decide functions re-check what the HTTP schemas check: imports and workflows call them
// without going through HTTP, and the events must be valid whoever wrote them.

export function requireTimestamp(path: string, value: string): string {
  const iso = typeof value === 'string' ? normaliseTimestamp(value) : null;
  if (!iso) throw new RuleViolation(path, `${path} must be an RFC 3339 date-time with a zone`);
  return iso;
}

export function requirePartialDate(path: string, value: string): PartialDate {
  const date = typeof value === 'string' ? parsePartialDate(value) : null;
  if (!date) throw new RuleViolation(path, `${path} must be a year, month, date or RFC 3339 date-time`);
  return date;
}

/** Optional partial date → its canonical value or null. */
export function optionalPartialDate(path: string, value: string | null | undefined): PartialDate | null {
  return value === null || value === undefined || value.trim() === '' ? null : requirePartialDate(path, value);
}

export function requireName(path: string, value: string): string {
  const name = typeof value === 'string' ? cleanName(value) : '';
  if (!name) throw new RuleViolation(path, `${path} must not be empty`);
  if (name.length > NAME_MAX) throw new RuleViolation(path, `${path} is longer than ${NAME_MAX} characters`);
  return name;
}

/**
 * A name or alias of a group or person: clean, non-empty, ≤ 200, free of bidi overrides/isolates
 * (they disguise what a reader sees), and visible: a name of format characters only (U+200B…)
 * compares as the empty key, which would match every other invisible name.
 */
export function requireVisibleName(path: string, value: string): string {
  const name = requireName(path, value);
  if (hasBidiControl(name))
    throw new RuleViolation(path, `${path} must not contain bidirectional override or isolate characters`);
  if (nameKey(name) === '') throw new RuleViolation(path, `${path} must contain a visible character`);
  return name;
}

/**
 * The name and aliases of a registration (a group or a person): each a visible name naming its
 * field, at most ALIASES_MAX aliases; repeats and the name itself are dropped rather than
 * rejected, as they add nothing.
 */
export function requireNames(
  name: string,
  aliases: readonly string[] | null | undefined,
): { name: string; aliases: string[] } {
  const clean = requireVisibleName('name', name);
  const raw = aliases ?? [];
  if (raw.length > ALIASES_MAX) throw new RuleViolation('aliases', `at most ${ALIASES_MAX} aliases`);
  const seen = new Set([nameKey(clean)]);
  const kept: string[] = [];
  raw.forEach((value, i) => {
    const alias = requireVisibleName(`aliases.${i}`, value);
    const key = nameKey(alias);
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(alias);
  });
  return { name: clean, aliases: kept };
}

export function requireText(path: string, value: string): string {
  const text = typeof value === 'string' ? cleanText(value) : null;
  if (!text) throw new RuleViolation(path, `${path} must not be empty`);
  if (text.length > TEXT_MAX) throw new RuleViolation(path, `${path} is longer than ${TEXT_MAX} characters`);
  return text;
}

export function optionalText(path: string, value: string | null | undefined, max = TEXT_MAX): string | null {
  const text = cleanText(value);
  if (text !== null && text.length > max) throw new RuleViolation(path, `${path} is longer than ${max} characters`);
  return text;
}

export function requireIntInRange(path: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RuleViolation(path, `${path} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export function optionalIntInRange(
  path: string,
  value: number | null | undefined,
  min: number,
  max: number,
): number | null {
  return value === null || value === undefined ? null : requireIntInRange(path, value, min, max);
}

export function requireOneOf<T extends string>(path: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new RuleViolation(path, `${path} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function requireId(path: string, value: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new RuleViolation(path, `${path} is required`);
  return value.trim();
}

/** De-duplicated, order kept. */
export function uniqueIds(ids: readonly string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean))];
}

/** How far ahead of the server's clock a date may lie (a client's clock or zone may be ahead). */
export const CLOCK_SKEW_MS = 86_400_000;

/**
 * A date (a partial date's earliest moment, or a timestamp) more than a day after `now` has not
 * happened yet: 422 naming the field.
 */
export function notInFuture(path: string, date: { earliest: string } | string | null, now: Date): void {
  if (date === null) return;
  const at = typeof date === 'string' ? date : date.earliest;
  if (Date.parse(at) > now.getTime() + CLOCK_SKEW_MS) throw new RuleViolation(path, `${path} (${at}) is in the future`);
}

export function isBefore(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}

/** Stable JSON for equality of event payload fragments (object keys sorted). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function toIso(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}
