import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { optionalIntInRange, requireId } from '../../shared/guards.js';
import { CREDIBILITY_MAX, CREDIBILITY_MIN, type Credibility } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireClaim, requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface AddClaimSource {
  incidentId: string;
  claimId: string;
  sourceId: string;
  credibility?: number | null;
  citation?: CitationBody | null;
}

/** Allowed on retracted claims too: a later report of the original claim is still evidence. */
export function decideAddClaimSource(state: IncidentState | null, cmd: AddClaimSource): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const claim = requireClaim(incident, cmd.claimId);
  const sourceId = requireId('sourceId', cmd.sourceId);
  if (claim.sourceIds.includes(sourceId)) {
    throw new ConflictError('source_exists', `source ${sourceId} is already on claim ${claim.id}`, {
      claimId: claim.id,
      sourceId,
    });
  }
  const credibility = optionalIntInRange(
    'credibility',
    cmd.credibility,
    CREDIBILITY_MIN,
    CREDIBILITY_MAX,
  ) as Credibility | null;
  return [
    {
      type: 'ClaimSourceAdded',
      data: { claimId: claim.id, sourceId, credibility, citation: optionalCitation('citation', cmd.citation) },
    },
  ];
}
