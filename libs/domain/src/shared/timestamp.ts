// RFC 3339 date-times with a mandatory zone. Date.parse is too lenient (it accepts
// zone-less strings as local time and rolls 2023-02-30 over), so the grammar is checked here.

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A UTC instant; unlike Date.UTC it does not map years 0–99 onto 1900–1999. */
export function utcDate(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  return date;
}

/** Valid calendar date with a year in 1..9999 (the range ISO strings can carry without a sign). */
export function isValidYmd(year: number, month: number, day = 1): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses an RFC 3339 date-time that has a zone (`Z` or `±hh:mm`). Returns null for anything
 * else, including impossible dates and leap seconds (a JS Date cannot hold second 60).
 * Fractions beyond milliseconds are truncated.
 */
export function parseTimestamp(input: string): Date | null {
  if (typeof input !== 'string') return null;
  const m = TIMESTAMP.exec(input.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMinutes = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const date = new Date(utcDate(year, month, day, hour, minute, second, ms).getTime() - offsetMinutes * 60_000);
  const utcYear = date.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999 ? date : null;
}

export function isTimestamp(input: string): boolean {
  return parseTimestamp(input) !== null;
}

/** Canonical form stored in events: UTC, millisecond precision (`2023-07-12T05:00:00.000Z`). */
export function normaliseTimestamp(input: string): string | null {
  return parseTimestamp(input)?.toISOString() ?? null;
}

/**
 * A time given as a query parameter: a date (`2023-07-01`, UTC midnight) or an RFC 3339 time
 * (a space for `T` allowed); only UTC years 1–9999, which Postgres and toISOString share.
 */
export function parseTimeParam(value: string): Date | null {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (ymd) {
    const [y, m, d] = ymd.slice(1).map(Number);
    return isValidYmd(y, m, d) ? utcDate(y, m, d) : null;
  }
  return parseTimestamp(value[10] === ' ' ? `${value.slice(0, 10)}T${value.slice(11)}` : value);
}
