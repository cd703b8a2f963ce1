import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { requireId, requireIntInRange, requireText } from '../../shared/guards.js';
import { CONFIDENCE_MAX, CONFIDENCE_MIN } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { normaliseSourceIds } from '../incident-fields.js';
import { requireIncident, requireNotDuplicate } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface AssessAttribution {
  incidentId: string;
  attributionId: string;
  /** Resolved by the handler from the body's `group`. */
  groupId: string;
  confidence: number;
  basis: string;
  sourceIds?: readonly string[] | null;
  citation?: CitationBody | null;
}

/** Several attributions may stand at once (also to different groups): each is an analyst's view. */
export function decideAssessAttribution(state: IncidentState | null, cmd: AssessAttribution): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  requireNotDuplicate(incident);
  const attributionId = requireId('id', cmd.attributionId);
  if (incident.attributions.some((a) => a.id === attributionId)) {
    throw new ConflictError('already_exists', `attribution ${attributionId} already exists`, { attributionId });
  }
  return [
    {
      type: 'AttributionAssessed',
      data: {
        attributionId,
        groupId: requireId('group', cmd.groupId),
        confidence: requireIntInRange('confidence', cmd.confidence, CONFIDENCE_MIN, CONFIDENCE_MAX),
        basis: requireText('basis', cmd.basis),
        sourceIds: normaliseSourceIds('sourceIds', cmd.sourceIds),
        citation: optionalCitation('citation', cmd.citation),
      },
    },
  ];
}
