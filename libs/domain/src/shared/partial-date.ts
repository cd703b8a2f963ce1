import { isValidYmd, parseTimestamp, utcDate } from './timestamp.js';

export const DATE_PRECISIONS = ['time', 'day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date known to some precision (UCDP's date_prec). `earliest` and `latest` bound the period in
 * UTC and are both INCLUSIVE: `latest` is the period's last millisecond (`2023-07-31T23:59:59.999Z`
 * for `2023-07`), so for precision `time` earliest === latest === the instant. Inclusive bounds
 * keep "did X happen within the period" a plain `earliest <= t && t <= latest`.
 */
export interface PartialDate {
  /** Canonical form: `2023`, `2023-07`, `2023-07-12`, or a UTC date-time for precision `time`. */
  value: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function period(value: string, precision: DatePrecision, start: Date, nextStart: Date): PartialDate {
  return {
    value,
    precision,
    earliest: start.toISOString(),
    latest: new Date(nextStart.getTime() - 1).toISOString(),
  };
}

/** `2023`, `2023-07`, `2023-07-12` or an RFC 3339 date-time with zone; anything else → null. */
export function parsePartialDate(input: string): PartialDate | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const year = Number(m[1]);
    if (!isValidYmd(year, 1)) return null;
    return period(text, 'year', utcDate(year, 1, 1), utcDate(year + 1, 1, 1));
  }
  if ((m = MONTH.exec(text))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (!isValidYmd(year, month)) return null;
    const next = month === 12 ? utcDate(year + 1, 1, 1) : utcDate(year, month + 1, 1);
    return period(text, 'month', utcDate(year, month, 1), next);
  }
  if ((m = DAY.exec(text))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidYmd(year, month, day)) return null;
    const start = utcDate(year, month, day);
    return period(text, 'day', start, new Date(start.getTime() + 86_400_000));
  }
  const instant = parseTimestamp(text);
  if (!instant) return null;
  const iso = instant.toISOString();
  return { value: iso, precision: 'time', earliest: iso, latest: iso };
}

export function isPartialDate(input: string): boolean {
  return parsePartialDate(input) !== null;
}

/** True when the first period can start no later than the second can end (from ≤ to). */
export function partialDateOrdered(from: PartialDate, to: PartialDate): boolean {
  return Date.parse(from.earliest) <= Date.parse(to.latest);
}
