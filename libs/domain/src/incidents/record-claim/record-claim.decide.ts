import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { optionalIntInRange, optionalText, requireId, requireOneOf } from '../../shared/guards.js';
import {
  CLAIM_CHANNELS,
  CREDIBILITY_MAX,
  CREDIBILITY_MIN,
  NAME_MAX,
  type ClaimChannel,
  type Credibility,
} from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireAfterOccurrence, requireIncident, requireNotDuplicate } from '../incident.guards.js';
import { activeClaimGroupIds, activeClaimOf, findClaim, type IncidentState } from '../incident.state.js';

export interface RecordClaim {
  incidentId: string;
  claimId: string;
  /** Resolved by the handler from the body's `group` (id, name or alias). */
  groupId: string;
  channel: ClaimChannel;
  claimedAt: string;
  /** The handler's clock: claimedAt may not lie more than a day after it (the current time when absent). */
  now?: Date;
  /** The source gives no claim time; claimedAt is the incident's earliest moment (imports). */
  claimedAtUnknown?: boolean;
  sourceId: string;
  spokesperson?: string | null;
  /** Resolved by the handler from the body's `spokespersonId` (id, name or alias). */
  spokespersonId?: string | null;
  credibility?: number | null;
  citation?: CitationBody | null;
}

export function decideRecordClaim(state: IncidentState | null, cmd: RecordClaim): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  requireNotDuplicate(incident);
  const claimId = requireId('id', cmd.claimId);
  const groupId = requireId('group', cmd.groupId);
  if (findClaim(incident, claimId))
    throw new ConflictError('already_exists', `claim ${claimId} already exists`, { claimId });
  const existing = activeClaimOf(incident, groupId);
  if (existing) {
    throw new ConflictError(
      'claim_exists',
      `group ${groupId} already has an active claim (${existing.id}) on this incident: ` +
        'add the source to that claim instead',
      { claimId: existing.id, groupId },
    );
  }
  const claimedAt = requireAfterOccurrence(incident, 'claimedAt', cmd.claimedAt, cmd.now);
  return [
    {
      type: 'ClaimRecorded',
      data: {
        claimId,
        groupId,
        channel: requireOneOf('channel', cmd.channel, CLAIM_CHANNELS),
        claimedAt,
        ...(cmd.claimedAtUnknown ? { claimedAtUnknown: true } : {}),
        spokesperson: optionalText('spokesperson', cmd.spokesperson, NAME_MAX),
        spokespersonId: cmd.spokespersonId ?? null,
        sourceId: requireId('sourceId', cmd.sourceId),
        credibility: optionalIntInRange(
          'credibility',
          cmd.credibility,
          CREDIBILITY_MIN,
          CREDIBILITY_MAX,
        ) as Credibility | null,
        competingGroupIds: activeClaimGroupIds(incident).filter((id) => id !== groupId),
        citation: optionalCitation('citation', cmd.citation),
      },
    },
  ];
}
