import { toCountryCode } from '../shared/country.js';
import { RuleViolation } from '../shared/domain-errors.js';
import { optionalText, requireOneOf, requirePartialDate, uniqueIds } from '../shared/guards.js';
import type { PartialDate } from '../shared/partial-date.js';
import { ATTACK_TYPES, NAME_MAX, SOURCE_IDS_MAX, TEXT_MAX, type AttackType } from '../shared/vocabulary.js';
import type { Casualties, IncidentFieldName, IncidentFields, IncidentLocation } from './incident.events.js';

// Normalisation shared by report-incident and correct-incident, so a corrected field is stored
// exactly as a reported one would be. `prefix` makes violations name the body path.

export interface LocationInput {
  /** Alpha-2 (any case), alpha-3 or English name. */
  country: string;
  admin1?: string | null;
  place?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface CasualtiesInput {
  killedMin?: number | null;
  killedMax?: number | null;
  injuredMin?: number | null;
  injuredMax?: number | null;
}

const CASUALTY_MAX = 1_000_000;

export function normaliseOccurredAt(path: string, value: string): PartialDate {
  return requirePartialDate(path, value);
}

export function normaliseLocation(prefix: string, input: LocationInput): IncidentLocation {
  if (!input || typeof input !== 'object') throw new RuleViolation(prefix, `${prefix} is required`);
  const country = typeof input.country === 'string' ? toCountryCode(input.country) : null;
  if (!country) {
    throw new RuleViolation(
      `${prefix}.country`,
      `unknown country "${input.country}": use an ISO 3166-1 alpha-2 code or English name`,
    );
  }
  const lat = coordinate(`${prefix}.lat`, input.lat, 90);
  const lon = coordinate(`${prefix}.lon`, input.lon, 180);
  // A lone latitude or longitude places nothing.
  if ((lat === null) !== (lon === null)) {
    const missing = lat === null ? 'lat' : 'lon';
    throw new RuleViolation(`${prefix}.${missing}`, 'lat and lon must be given together');
  }
  return {
    country,
    admin1: optionalText(`${prefix}.admin1`, input.admin1, NAME_MAX),
    place: optionalText(`${prefix}.place`, input.place, NAME_MAX),
    lat,
    lon,
  };
}

function coordinate(path: string, value: number | null | undefined, limit: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -limit || value > limit) {
    throw new RuleViolation(path, `${path} must be a number from ${-limit} to ${limit}`);
  }
  return value;
}

export function normaliseCasualties(prefix: string, input: CasualtiesInput | null | undefined): Casualties {
  const out: Casualties = {
    killedMin: count(`${prefix}.killedMin`, input?.killedMin),
    killedMax: count(`${prefix}.killedMax`, input?.killedMax),
    injuredMin: count(`${prefix}.injuredMin`, input?.injuredMin),
    injuredMax: count(`${prefix}.injuredMax`, input?.injuredMax),
  };
  if (out.killedMin !== null && out.killedMax !== null && out.killedMin > out.killedMax) {
    throw new RuleViolation(`${prefix}.killedMax`, 'killedMax must not be less than killedMin');
  }
  if (out.injuredMin !== null && out.injuredMax !== null && out.injuredMin > out.injuredMax) {
    throw new RuleViolation(`${prefix}.injuredMax`, 'injuredMax must not be less than injuredMin');
  }
  return out;
}

function count(path: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > CASUALTY_MAX) {
    throw new RuleViolation(path, `${path} must be a whole number from 0 to ${CASUALTY_MAX}`);
  }
  return value;
}

export function normaliseType(path: string, value: string): AttackType {
  return requireOneOf(path, value, ATTACK_TYPES);
}

export function normaliseSuicide(path: string, value: boolean | null | undefined): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'boolean') throw new RuleViolation(path, `${path} must be true, false or null`);
  return value;
}

export function normaliseTarget(path: string, value: string | null | undefined): string | null {
  return optionalText(path, value, TEXT_MAX);
}

export function normaliseSummary(path: string, value: string | null | undefined): string | null {
  return optionalText(path, value, TEXT_MAX);
}

export function normaliseSourceIds(path: string, value: readonly string[] | null | undefined): string[] {
  const ids = uniqueIds(value);
  if (ids.length > SOURCE_IDS_MAX) throw new RuleViolation(path, `at most ${SOURCE_IDS_MAX} sources`);
  return ids;
}

/**
 * Each field's normaliser by name, so a report and a correction go through one table (in
 * INCIDENT_FIELD_NAMES order, which fixes which violation is named first).
 */
export const normaliseIncidentField: { [K in IncidentFieldName]: (path: string, value: any) => IncidentFields[K] } = {
  occurredAt: normaliseOccurredAt,
  location: normaliseLocation,
  type: normaliseType,
  suicide: normaliseSuicide,
  target: normaliseTarget,
  casualties: normaliseCasualties,
  summary: normaliseSummary,
  sourceIds: normaliseSourceIds,
};
