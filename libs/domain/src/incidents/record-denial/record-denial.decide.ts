import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { optionalText, requireId } from '../../shared/guards.js';
import { NAME_MAX } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireAfterOccurrence, requireIncident, requireNotDuplicate } from '../incident.guards.js';
import { activeClaimOf, type IncidentState } from '../incident.state.js';

export interface RecordDenial {
  incidentId: string;
  denialId: string;
  /** Resolved by the handler from the body's `group`. */
  groupId: string;
  deniedAt: string;
  /** The handler's clock: deniedAt may not lie more than a day after it (the current time when absent). */
  now?: Date;
  sourceId: string;
  statement?: string | null;
  spokesperson?: string | null;
  /** Resolved by the handler from the body's `spokespersonId` (id, name or alias). */
  spokespersonId?: string | null;
  citation?: CitationBody | null;
}

/** A denial by a group that holds an active claim is recorded, flagged as contradicting it. */
export function decideRecordDenial(state: IncidentState | null, cmd: RecordDenial): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  requireNotDuplicate(incident);
  const denialId = requireId('id', cmd.denialId);
  if (incident.denials.some((d) => d.id === denialId))
    throw new ConflictError('already_exists', `denial ${denialId} already exists`, { denialId });
  const groupId = requireId('group', cmd.groupId);
  return [
    {
      type: 'ClaimDenied',
      data: {
        denialId,
        groupId,
        deniedAt: requireAfterOccurrence(incident, 'deniedAt', cmd.deniedAt, cmd.now),
        sourceId: requireId('sourceId', cmd.sourceId),
        statement: optionalText('statement', cmd.statement),
        spokesperson: optionalText('spokesperson', cmd.spokesperson, NAME_MAX),
        spokespersonId: cmd.spokespersonId ?? null,
        citation: optionalCitation('citation', cmd.citation),
        contradictsClaimId: activeClaimOf(incident, groupId)?.id ?? null,
      },
    },
  ];
}
