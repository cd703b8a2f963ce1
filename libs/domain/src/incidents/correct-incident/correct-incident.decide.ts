import { NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { requireText, stableJson } from '../../shared/guards.js';
import type { AttackType } from '../../shared/vocabulary.js';
import { INCIDENT_FIELD_NAMES, type IncidentEvent, type IncidentFieldName, type IncidentFields } from '../incident.events.js';
import {
  normaliseCasualties,
  normaliseLocation,
  normaliseOccurredAt,
  normaliseSourceIds,
  normaliseSuicide,
  normaliseSummary,
  normaliseTarget,
  normaliseType,
  type CasualtiesInput,
  type LocationInput,
} from '../incident-fields.js';
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

  const next = normalisePatch(state, patch, keys as IncidentFieldName[]);
  const changed: Partial<IncidentFields> = {};
  for (const key of keys as IncidentFieldName[]) {
    if (!sameValue(key, state[key], next[key])) (changed as Record<string, unknown>)[key] = next[key];
  }
  if (Object.keys(changed).length === 0) throw new RuleViolation('fields', 'the correction changes nothing');
  return [{ type: 'IncidentCorrected', data: { fields: changed, reason } }];
}

function normalisePatch(state: IncidentState, patch: IncidentFieldsPatch, keys: IncidentFieldName[]): Partial<IncidentFields> {
  const out: Partial<IncidentFields> = {};
  for (const key of keys) {
    const path = `fields.${key}`;
    switch (key) {
      case 'occurredAt':
        if (patch.occurredAt === null) throw new RuleViolation(path, 'occurredAt cannot be removed');
        out.occurredAt = normaliseOccurredAt(path, patch.occurredAt as string);
        break;
      case 'location':
        if (patch.location === null || typeof patch.location !== 'object') throw new RuleViolation(path, 'location cannot be removed');
        out.location = normaliseLocation(path, { ...state.location, ...defined(patch.location) } as LocationInput);
        break;
      case 'type':
        out.type = normaliseType(path, patch.type as string);
        break;
      case 'suicide':
        out.suicide = normaliseSuicide(path, patch.suicide);
        break;
      case 'target':
        out.target = normaliseTarget(path, patch.target);
        break;
      case 'casualties':
        // null clears every count; a partial object changes only the counts it names.
        out.casualties = normaliseCasualties(path, patch.casualties === null ? null : { ...state.casualties, ...defined(patch.casualties ?? {}) });
        break;
      case 'summary':
        out.summary = normaliseSummary(path, patch.summary);
        break;
      case 'sourceIds':
        out.sourceIds = normaliseSourceIds(path, patch.sourceIds);
        break;
    }
  }
  return out;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameValue(key: IncidentFieldName, before: unknown, after: unknown): boolean {
  // Sources are a set: reordering them corrects nothing.
  if (key === 'sourceIds') return stableJson([...(before as string[])].sort()) === stableJson([...(after as string[])].sort());
  return stableJson(before) === stableJson(after);
}
