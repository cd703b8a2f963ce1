import { reservedNames } from '../groups/group-names.js';
import { evolveGroup, type GroupState } from '../groups/group.state.js';
import { evolveIncident, type IncidentState } from '../incidents/incident.state.js';
import { ConflictError } from '../shared/domain-errors.js';
import { requireVisibleName } from '../shared/guards.js';
import { groupStreamId, incidentStreamId, sourceStreamId } from '../shared/event-envelope.js';
import { evolveSource, type SourceState } from '../sources/source.state.js';
import type { DirectoryRepository } from './directory.repository.js';
import type { WriteSpec } from './stream-writer.js';

// Each handler names only what its use case decides; which stream and how it folds follow
// from the aggregate, so they are spelled once here rather than in every handler.

/** The part of a write a use case supplies: the stream and its fold come from the aggregate. */
export type UseCaseWrite<S> = Omit<WriteSpec<S>, 'streamId' | 'evolve' | 'incidentId'>;

/** A write on an incident's stream; the answer names the incident. */
export function onIncident(incidentId: string, spec: UseCaseWrite<IncidentState>): WriteSpec<IncidentState> {
  return { ...spec, streamId: incidentStreamId(incidentId), evolve: evolveIncident, incidentId };
}

export function onGroup(groupId: string, spec: UseCaseWrite<GroupState>): WriteSpec<GroupState> {
  return { ...spec, streamId: groupStreamId(groupId), evolve: evolveGroup };
}

export function onSource(sourceId: string, spec: UseCaseWrite<SourceState>): WriteSpec<SourceState> {
  return { ...spec, streamId: sourceStreamId(sourceId), evolve: evolveSource };
}

/**
 * A write on a group's stream that claims names (a registration: the name, then the aliases; or
 * an alias): a name another
 * group holds is a 409 before deciding, and the names the events claim are reserved in the same
 * transaction, so two groups racing for one name cannot both record it.
 */
export async function onGroupClaimingNames(
  directory: DirectoryRepository,
  groupId: string,
  claim: { names: string[]; field: 'name' | 'alias' },
  spec: UseCaseWrite<GroupState>,
): Promise<WriteSpec<GroupState>> {
  // Malformed names (bidi controls, invisible only) are a 422 before any look-up: their key could match a holder.
  claim.names.forEach((n, i) =>
    requireVisibleName(claim.field === 'name' && i > 0 ? `aliases.${i - 1}` : claim.field, n),
  );
  const taken = await directory.takenNames(claim.names, groupId);
  if (taken.length)
    throw new ConflictError('name_taken', `already used by another group: ${taken.join(', ')}`, { names: taken });
  return onGroup(groupId, {
    ...spec,
    inTransaction: (trx, events) => directory.reserveNames(trx, groupId, reservedNames(events), claim.field),
  });
}
