import { ConflictError } from '../../shared/domain-errors.js';
import { requireId } from '../../shared/guards.js';
import type { AttackType } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
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

export interface ReportIncident {
  incidentId: string;
  /** `2023`, `2023-07`, `2023-07-12` or RFC 3339 date-time. */
  occurredAt: string;
  location: LocationInput;
  type: AttackType;
  suicide?: boolean | null;
  target?: string | null;
  casualties?: CasualtiesInput | null;
  summary?: string | null;
  /** The handler has checked these sources exist. */
  sourceIds?: readonly string[] | null;
}

export function decideReportIncident(state: IncidentState | null, cmd: ReportIncident): IncidentEvent[] {
  if (state) throw new ConflictError('already_exists', `incident ${cmd.incidentId} already exists`, { incidentId: cmd.incidentId });
  return [
    {
      type: 'IncidentReported',
      data: {
        incidentId: requireId('id', cmd.incidentId),
        occurredAt: normaliseOccurredAt('occurredAt', cmd.occurredAt),
        location: normaliseLocation('location', cmd.location),
        type: normaliseType('type', cmd.type),
        suicide: normaliseSuicide('suicide', cmd.suicide),
        target: normaliseTarget('target', cmd.target),
        casualties: normaliseCasualties('casualties', cmd.casualties),
        summary: normaliseSummary('summary', cmd.summary),
        sourceIds: normaliseSourceIds('sourceIds', cmd.sourceIds),
      },
    },
  ];
}
