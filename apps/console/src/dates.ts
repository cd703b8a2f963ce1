// Dates shown to their precision: a year-only date reads "2023", never "1 January 2023".

export type Precision = 'year' | 'month' | 'day' | 'time';
export interface PartialDateLike {
  value: string;
  precision: Precision;
  earliest: string;
  latest: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date given as text (`2023`, `2023-07`, `2023-07-12`, an RFC 3339 time) with its period. */
export function parsePartial(text: string): PartialDateLike | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) {
    const y = Number(m[1]);
    return period(text, 'year', Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    return period(text, 'month', Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1));
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    return period(text, 'day', Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1));
  }
  const t = Date.parse(text);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return { value: iso, precision: 'time', earliest: iso, latest: iso };
}

function period(value: string, precision: Precision, start: number, next: number): PartialDateLike {
  return { value, precision, earliest: new Date(start).toISOString(), latest: new Date(next - 1).toISOString() };
}

function asPartial(d: PartialDateLike | string | null | undefined): PartialDateLike | null {
  if (!d) return null;
  return typeof d === 'string' ? parsePartial(d) : d;
}

/** "2023", "Jul 2023", "12 Jul 2023" or "12 Jul 2023, 10:30 UTC". */
export function formatDate(d: PartialDateLike | string | null | undefined): string {
  const p = asPartial(d);
  if (!p) return '—';
  const e = new Date(p.earliest);
  const y = e.getUTCFullYear();
  const mon = MONTHS[e.getUTCMonth()];
  switch (p.precision) {
    case 'year':
      return String(y);
    case 'month':
      return `${mon} ${y}`;
    case 'day':
      return `${e.getUTCDate()} ${mon} ${y}`;
    default: {
      const hh = String(e.getUTCHours()).padStart(2, '0');
      const mm = String(e.getUTCMinutes()).padStart(2, '0');
      return `${e.getUTCDate()} ${mon} ${y}, ${hh}:${mm} UTC`;
    }
  }
}

/** A recorded time to the second, UTC (the as-of control works on recorded times). */
export function formatRecorded(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** [start, end] in ms of a partial date: a point for a time, the whole period otherwise. */
export function spanOf(d: PartialDateLike | string | null | undefined): [number, number] | null {
  const p = asPartial(d);
  return p ? [Date.parse(p.earliest), Date.parse(p.latest)] : null;
}

export function formatHours(h: number | null | undefined): string {
  if (h === null || h === undefined) return '—';
  return h < 48 ? `${Math.round(h * 10) / 10} h` : `${Math.round((h / 24) * 10) / 10} days`;
}
