// The events of one GTD row, and of the one source every row cites: decided by the domain's own
// decide functions, with event ids derived from the row's key (so a re-import adds nothing).
import {
  ConflictError,
  decideAssessAttribution,
  decideRecordClaim,
  decideRegisterSource,
  deterministicId,
  evolveIncident,
  incidentStreamId,
  isDomainError,
  sourceStreamId,
  type IncidentEvent,
  type IncidentState,
} from '@app/domain';
import type { BulkEvent } from '@app/event-store';
import { GTD_BASIS, GTD_CLAIM_MODES, GTD_CONFIDENCE_CERTAIN, GTD_CONFIDENCE_UNCERTAIN } from './codebook.js';
import { RowError, type GtdRow } from './gtd-row.js';

/** The one source every imported incident, claim and attribution cites. */
export const GTD_SOURCE = Object.freeze({
  sourceId: deterministicId('claimtrail/source/gtd-start'),
  name: 'Global Terrorism Database (START)',
  kind: 'analyst' as const,
  reliability: 'B' as const,
});

const createdEventId = (streamId: string, id: string) => deterministicId(`${streamId}/created/${id}`);

/** The GTD source's registration: the first batch of an import appends it (once; then it is unchanged). */
export function sourceEvent(): BulkEvent {
  const [e] = decideRegisterSource(null, GTD_SOURCE);
  const streamId = sourceStreamId(GTD_SOURCE.sourceId);
  return { streamId, eventId: createdEventId(streamId, GTD_SOURCE.sourceId), type: e.type, data: e.data };
}

/**
 * The events of one row, decided by the domain's own decide functions against the incident as
 * reported, so they have the domain's shapes and pass its rules: claims first (a group claims
 * once), then one attribution per distinct group.
 */
export function eventsOfRow(row: GtdRow, groupIdOf: (gtdName: string) => string): BulkEvent[] {
  const streamId = incidentStreamId(row.incidentId);
  const reported: IncidentEvent = { type: 'IncidentReported', data: row.reported };
  const out: BulkEvent[] = [
    { streamId, eventId: createdEventId(streamId, row.incidentId), type: reported.type, data: reported.data },
  ];
  if (!row.perpetrators.length) return out;
  let state: IncidentState = evolveIncident(null, reported);
  const decided = (id: string, fn: () => IncidentEvent[]) => {
    let events: IncidentEvent[];
    try {
      events = fn();
    } catch (err) {
      // The same group claiming twice in one row (gname = gname2) is one claim.
      if (err instanceof ConflictError) return;
      if (isDomainError(err)) throw new RowError('gname', err.message);
      throw err;
    }
    for (const e of events) {
      state = evolveIncident(state, e);
      out.push({ streamId, eventId: createdEventId(streamId, id), type: e.type, data: e.data });
    }
  };
  const claimedAt = row.reported.occurredAt.earliest;
  for (const p of row.perpetrators) {
    if (!p.claimed) continue;
    const claimId = deterministicId(`gtd/${row.rowKey}/claim/${p.slot}`);
    decided(claimId, () =>
      decideRecordClaim(state, {
        incidentId: row.incidentId,
        claimId,
        groupId: groupIdOf(p.name),
        channel: GTD_CLAIM_MODES[p.claimMode ?? 10],
        // GTD dates the attack, not the claim: the incident's earliest moment stands in for it.
        claimedAt,
        claimedAtUnknown: true,
        sourceId: GTD_SOURCE.sourceId,
        spokesperson: null,
        credibility: null,
      }),
    );
  }
  const attributed = new Set<string>();
  for (const p of row.perpetrators) {
    const groupId = groupIdOf(p.name);
    if (attributed.has(groupId)) continue;
    attributed.add(groupId);
    const attributionId = deterministicId(`gtd/${row.rowKey}/attribution/${p.slot}`);
    decided(attributionId, () =>
      decideAssessAttribution(state, {
        incidentId: row.incidentId,
        attributionId,
        groupId,
        confidence: p.uncertain ? GTD_CONFIDENCE_UNCERTAIN : GTD_CONFIDENCE_CERTAIN,
        basis: GTD_BASIS,
        sourceIds: [GTD_SOURCE.sourceId],
      }),
    );
  }
  return out;
}
