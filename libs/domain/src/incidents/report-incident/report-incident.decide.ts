import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { notInFuture, requireId } from '../../shared/guards.js';
import type { AttackType } from '../../shared/vocabulary.js';
import { INCIDENT_FIELD_NAMES, type IncidentEvent, type IncidentFields } from '../incident.events.js';
import { normaliseIncidentField, type CasualtiesInput, type LocationInput } from '../incident-fields.js';
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
  /** The report behind the sources. */
  citation?: CitationBody | null;
  /** The handler's clock: occurredAt may not start more than a day after it (the current time when absent). */
  now?: Date;
}

export function decideReportIncident(state: IncidentState | null, cmd: ReportIncident): IncidentEvent[] {
  if (state)
    throw new ConflictError('already_exists', `incident ${cmd.incidentId} already exists`, {
      incidentId: cmd.incidentId,
    });
  const incidentId = requireId('id', cmd.incidentId);
  const fields = Object.fromEntries(
    INCIDENT_FIELD_NAMES.map((key) => [key, normaliseIncidentField[key](key, cmd[key])]),
  ) as unknown as IncidentFields;
  notInFuture('occurredAt', fields.occurredAt, cmd.now ?? new Date());
  return [
    { type: 'IncidentReported', data: { incidentId, ...fields, citation: optionalCitation('citation', cmd.citation) } },
  ];
}
