import {
  deterministicId,
  isDomainError,
  nameKey,
  normaliseCasualties,
  normaliseLocation,
  normaliseSourceIds,
  normaliseSuicide,
  normaliseSummary,
  normaliseTarget,
  normaliseType,
  notInFuture,
  parsePartialDate,
  RuleViolation,
  TEXT_MAX,
  toCountryCode,
  type AttackType,
  type IncidentReportedData,
} from '@app/domain';
import {
  GTD_ATTACK_TYPE_CODES,
  GTD_ATTACK_TYPES,
  GTD_GENERIC_PERPETRATORS,
  GTD_PERPETRATOR_SLOTS,
  GTD_UNKNOWN_CODES,
  GTD_UNKNOWN_GROUP,
} from './codebook.js';
import type { GtdRecord } from './gtd-record.js';

/** A bad cell: the row is skipped and reported with its line number. */
export class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(`${column}: ${message}`);
  }
}

export interface GtdPerpetrator {
  slot: 1 | 2 | 3;
  /** GTD's group name as written (whitespace cleaned). */
  name: string;
  /** guncertainN: true = suspected; null when the column is absent or empty. */
  uncertain: boolean | null;
  /** claimed / claim2 / claim3 = 1. */
  claimed: boolean;
  /** claimmode / claimmode2 / claimmode3 (1–10), null when absent. */
  claimMode: number | null;
}

/** GTD fields the domain has no place for, kept in IncidentReported under `gtd`. */
export interface GtdExtra {
  rowKey: string;
  eventid: string | null;
  approxdate: string | null;
  success: boolean | null;
  multiple: boolean | null;
  compclaim: boolean | null;
  /** Named perpetrators (groups): not "Unknown", not a generic label. */
  perpetrators: GtdPerpetrator[];
  /**
   * GTD's generic perpetrator labels of the row ("Militants", "Gunmen"; GTD_GENERIC_PERPETRATORS),
   * "; " between several: who did it as GTD describes them, not an organisation. Present only
   * when the row has one, so rows without keep the data earlier imports recorded.
   */
  perpetratorDescription?: string;
}

export type GtdIncidentReportedData = IncidentReportedData & { gtd: GtdExtra };

export interface GtdRow {
  rowKey: string;
  incidentId: string;
  reported: GtdIncidentReportedData;
  /** Named perpetrators (not "Unknown"), in slot order. */
  perpetrators: GtdPerpetrator[];
}

/** Cheap pre-check: only strings with a NUL or a surrogate need the exact test. */
const SUSPECT = /[\u0000\ud800-\udfff]/;
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The incident id a row key always maps to. */
export const incidentIdOf = (rowKey: string) => deterministicId(`gtd/incident/${rowKey}`);

function cell(r: GtdRecord, column: string): string | null {
  const i = r.columns.index[column];
  const v = i === undefined ? undefined : r.values[i];
  if (v === undefined) return null;
  const t = v.trim();
  if (t === '') return null;
  if (SUSPECT.test(t) && UNSTORABLE.test(t))
    throw new RowError(column, 'contains a NUL character or an unpaired surrogate');
  return t;
}

function integer(r: GtdRecord, column: string, min: number, max: number): number | null {
  const v = cell(r, column);
  if (v === null || GTD_UNKNOWN_CODES.has(v)) return null;
  // GTD's own exports write whole numbers as "6" or "6.0".
  if (!/^-?\d+(\.0+)?$/.test(v)) throw new RowError(column, `expected a whole number, got "${v}"`);
  const n = Number.parseInt(v, 10);
  if (n < min || n > max) throw new RowError(column, `expected ${min}–${max}, got ${n}`);
  return n;
}

function decimal(r: GtdRecord, column: string): number | null {
  const v = cell(r, column);
  if (v === null) return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v)) throw new RowError(column, `expected a number, got "${v}"`);
  return Number(v);
}

function flag(r: GtdRecord, column: string): boolean | null {
  const v = cell(r, column);
  if (v === null || GTD_UNKNOWN_CODES.has(v)) return null;
  if (v === '1' || v === '1.0') return true;
  if (v === '0' || v === '0.0') return false;
  throw new RowError(column, `expected 0 or 1, got "${v}"`);
}

const countryCodes = new Map<string, string | null>();

/** GTD's country name → ISO 3166-1 alpha-2 (i18n-iso-countries through the domain's toCountryCode), cached per name. */
function countryCode(name: string | null): string {
  if (name === null) throw new RowError('country_txt', 'missing');
  let code = countryCodes.get(name);
  if (code === undefined) {
    code = toCountryCode(name);
    if (countryCodes.size < 10_000) countryCodes.set(name, code);
  }
  if (!code) throw new RowError('country_txt', `"${name}" is not a country ISO 3166-1 knows`);
  return code;
}

/** "Unknown" (GTD's word for an unknown place) is no place. */
function place(r: GtdRecord, column: string): string | null {
  const v = cell(r, column);
  return v === null || v.toLowerCase() === 'unknown' ? null : v;
}

function occurredAt(r: GtdRecord, now: Date) {
  const year = integer(r, 'iyear', 1, 9999);
  if (year === null) throw new RowError('iyear', 'missing');
  const month = integer(r, 'imonth', 0, 12) ?? 0;
  const day = integer(r, 'iday', 0, 31) ?? 0;
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  // A month of 0 means the month is unknown, so is the day then; a day of 0 means the day is unknown.
  const value = month === 0 ? yyyy : day === 0 ? `${yyyy}-${mm}` : `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
  const date = parsePartialDate(value);
  if (!date) throw new RowError('iday', `${value} is not a calendar date`);
  via('iyear', () => notInFuture('iyear', date, now));
  return date;
}

function attackType(r: GtdRecord): AttackType {
  const text = cell(r, 'attacktype1_txt');
  if (text !== null) {
    const t = GTD_ATTACK_TYPES[text.toLowerCase()];
    if (!t) throw new RowError('attacktype1_txt', `unknown attack type "${text}"`);
    return t;
  }
  const code = integer(r, 'attacktype1', 1, GTD_ATTACK_TYPE_CODES.length);
  return code === null ? 'unknown' : GTD_ATTACK_TYPE_CODES[code - 1];
}

function target(r: GtdRecord): string | null {
  const parts = [cell(r, 'targtype1_txt'), cell(r, 'corp1')].filter(
    (p): p is string => p !== null && p.toLowerCase() !== 'unknown',
  );
  return parts.length ? parts.join(': ') : null;
}

const GENERIC = new Set(GTD_GENERIC_PERPETRATORS.map(nameKey));

/** GTD's generic labels ("Militants") describe the attackers; they are not organisations. */
export const isGenericPerpetrator = (name: string) => GENERIC.has(nameKey(name));

function perpetrators(r: GtdRecord): GtdPerpetrator[] {
  const out: GtdPerpetrator[] = [];
  for (const s of GTD_PERPETRATOR_SLOTS) {
    const name = cell(r, s.name)?.replace(/\s+/g, ' ') ?? null;
    const claimed = flag(r, s.claimed) === true;
    const claimMode = integer(r, s.mode, 1, 10);
    const uncertain = flag(r, s.uncertain);
    if (name === null || name.toLowerCase() === GTD_UNKNOWN_GROUP) continue;
    if (name.length > 200) throw new RowError(s.name, 'longer than 200 characters');
    out.push({ slot: s.slot, name, uncertain, claimed, claimMode });
  }
  return out;
}

const LOCATION_COLUMNS: Record<string, string> = {
  'location.country': 'country_txt',
  'location.admin1': 'provstate',
  'location.place': 'city',
  'location.lat': 'latitude',
  'location.lon': 'longitude',
};

function locationOf<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RuleViolation) throw new RowError(LOCATION_COLUMNS[err.path] ?? 'country_txt', err.message);
    throw err;
  }
}

/** Turns a domain normaliser's violation into a row error naming the GTD column. */
function via<T>(column: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isDomainError(err)) throw new RowError(column, err.message);
    throw err;
  }
}

/**
 * Maps one GTD record (a row's cells with its file's columns) to an incident report and its named perpetrators.
 * Throws RowError for a bad cell (a date more than a day after `now` included); pure otherwise
 * (the same record always gives the same data).
 */
export function mapGtdRecord(r: GtdRecord, rowKey: string, sourceId: string, now = new Date()): GtdRow {
  const incidentId = incidentIdOf(rowKey);
  const when = occurredAt(r, now);
  const lat = decimal(r, 'latitude');
  const lon = decimal(r, 'longitude');
  const country = countryCode(cell(r, 'country_txt'));
  const location = locationOf(() =>
    normaliseLocation('location', { country, admin1: place(r, 'provstate'), place: place(r, 'city'), lat, lon }),
  );
  const killed = integer(r, 'nkill', 0, 1_000_000);
  const injured = integer(r, 'nwound', 0, 1_000_000);
  const summary = cell(r, 'summary');
  const all = perpetrators(r);
  const named = all.filter((p) => !isGenericPerpetrator(p.name));
  const generic = [...new Set(all.filter((p) => isGenericPerpetrator(p.name)).map((p) => p.name))];
  const reported: GtdIncidentReportedData = {
    incidentId,
    occurredAt: when,
    location,
    type: normaliseType('type', attackType(r)),
    suicide: normaliseSuicide('suicide', flag(r, 'suicide')),
    target: via('corp1', () => normaliseTarget('target', target(r))),
    casualties: normaliseCasualties('casualties', {
      killedMin: killed,
      killedMax: killed,
      injuredMin: injured,
      injuredMax: injured,
    }),
    summary: normaliseSummary(
      'summary',
      summary && summary.length > TEXT_MAX ? `${summary.slice(0, TEXT_MAX - 1)}…` : summary,
    ),
    sourceIds: normaliseSourceIds('sourceIds', [sourceId]),
    gtd: {
      rowKey,
      eventid: cell(r, 'eventid'),
      approxdate: cell(r, 'approxdate'),
      success: flag(r, 'success'),
      multiple: flag(r, 'multiple'),
      compclaim: flag(r, 'compclaim'),
      perpetrators: named,
      ...(generic.length ? { perpetratorDescription: generic.join('; ') } : {}),
    },
  };
  return { rowKey, incidentId, reported, perpetrators: named };
}
