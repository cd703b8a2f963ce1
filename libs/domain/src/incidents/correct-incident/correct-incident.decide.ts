import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { isBefore, notInFuture, requireText, stableJson } from '../../shared/guards.js';
import type { AttackType } from '../../shared/vocabulary.js';
import {
  INCIDENT_FIELD_NAMES,
  type IncidentEvent,
  type IncidentFieldName,
  type IncidentFields,
} from '../incident.events.js';
import { normaliseIncidentField, type CasualtiesInput, type LocationInput } from '../incident-fields.js';
import type { IncidentState } from '../incident.state.js';

/** Any IncidentReported field; location and casualties may be partial and merge with the current value. */
export interface IncidentFieldsPatch {
  occurredAt?: string;
  location?: Partial<LocationInput>;
  type?: AttackType;
  suicide?: boolean | null;
  target?: string | null;
  casualties?: Partial<CasualtiesInput> | null;
  summary?: string | null;
  sourceIds?: readonly string[] | null;
}

export interface CorrectIncident {
  incidentId: string;
  fields: IncidentFieldsPatch;
  reason: string;
  /** The report the correction rests on. */
  citation?: CitationBody | null;
  /**
   * The handler's clock: a corrected occurredAt may not start more than a day after it (the current
   * time when absent).
   */
  now?: Date;
}

/**
 * Records only the fields that actually change; a correction changing nothing is rejected
 * (RuleViolation on `fields`) rather than recorded as noise. Duplicates may still be corrected.
 */
export function decideCorrectIncident(state: IncidentState | null, cmd: CorrectIncident): IncidentEvent[] {
  if (!state) throw new NotFoundError('incident', cmd.incidentId);
  const patch = cmd.fields ?? {};
  const keys = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
  if (keys.length === 0) throw new RuleViolation('fields', 'name at least one field to correct');
  for (const key of keys) {
    if (!(INCIDENT_FIELD_NAMES as readonly string[]).includes(key)) {
      throw new RuleViolation(`fields.${key}`, `${key} is not an incident field`);
    }
  }
  const reason = requireText('reason', cmd.reason);
  const citation = optionalCitation('citation', cmd.citation);

  const next = normalisePatch(state, patch, keys as IncidentFieldName[]);
  const changed: Partial<IncidentFields> = {};
  for (const key of keys as IncidentFieldName[]) {
    if (!sameValue(key, state[key], next[key])) (changed as Record<string, unknown>)[key] = next[key];
  }
  if (Object.keys(changed).length === 0) throw new RuleViolation('fields', 'the correction changes nothing');
  if (changed.occurredAt) {
    notInFuture('fields.occurredAt', changed.occurredAt, cmd.now ?? new Date());
    requireNothingBefore(state, changed.occurredAt);
  }
  return [{ type: 'IncidentCorrected', data: { fields: changed, reason, citation } }];
}

/**
 * A new occurrence may not put what is recorded about the incident before it (claims, denials
 * and retractions are refused when dated before the incident): 422 on fields.occurredAt naming them.
 */
function requireNothingBefore(state: IncidentState, occurredAt: IncidentFields['occurredAt']): void {
  const before = (at: string | null) => at !== null && isBefore(at, occurredAt.earliest);
  const offending = [
    ...state.claims.filter((c) => before(c.claimedAt)).map((c) => `claim ${c.id} (claimedAt ${c.claimedAt})`),
    ...state.claims
      .filter((c) => before(c.retractedAt))
      .map((c) => `retraction ${c.retractionId} of claim ${c.id} (retractedAt ${c.retractedAt})`),
    ...state.denials.filter((d) => before(d.deniedAt)).map((d) => `denial ${d.id} (deniedAt ${d.deniedAt})`),
  ];
  if (offending.length)
    throw new RuleViolation(
      'fields.occurredAt',
      `fields.occurredAt (${occurredAt.value}) would put ${offending.join(', ')} before the incident`,
    );
}

function normalisePatch(
  state: IncidentState,
  patch: IncidentFieldsPatch,
  keys: IncidentFieldName[],
): Partial<IncidentFields> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const path = `fields.${key}`;
    out[key] = normaliseIncidentField[key](path, patchedInput(state, patch, key, path));
  }
  return out as Partial<IncidentFields>;
}

/** What the field's normaliser gets: the patch value, merged with the current one where parts may be given. */
function patchedInput(state: IncidentState, patch: IncidentFieldsPatch, key: IncidentFieldName, path: string): unknown {
  switch (key) {
    case 'occurredAt':
      if (patch.occurredAt === null) throw new RuleViolation(path, 'occurredAt cannot be removed');
      return patch.occurredAt;
    case 'location':
      if (patch.location === null || typeof patch.location !== 'object')
        throw new RuleViolation(path, 'location cannot be removed');
      return { ...state.location, ...defined(patch.location) } as LocationInput;
    case 'casualties':
      // null clears every count; a partial object changes only the counts it names.
      return patch.casualties === null ? null : { ...state.casualties, ...defined(patch.casualties ?? {}) };
    default:
      return patch[key];
  }
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameValue(key: IncidentFieldName, before: unknown, after: unknown): boolean {
  // Sources are a set: reordering them corrects nothing.
  if (key === 'sourceIds')
    return stableJson([...(before as string[])].sort()) === stableJson([...(after as string[])].sort());
  return stableJson(before) === stableJson(after);
}
