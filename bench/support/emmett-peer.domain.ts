// The H1 emmett HTTP peer's domain, written the way emmett's own samples write one (events, a state
// folded by evolve from initialState, a decide function throwing emmett's errors): an incident
// stream holds IncidentReported, a claim on it appends ClaimRecorded. Pure: the bench seeds with
// these types, the peer's server (emmett-peer.main.ts) runs them through CommandHandler.
import { EmmettError, NotFoundError, ValidationError, type Event } from '@event-driven-io/emmett';

/** The peer's stream of an incident; the bench seeds the same names. */
export const incidentStreamName = (incidentId: string) => `incident-${incidentId}`;

/** Only what the peer reads of it; the bench seeds the same payload as claimtrail's (bareIncidentData). */
export type IncidentReported = Event<'IncidentReported', { incidentId: string; occurredAt: { earliest: string } }>;

export type ClaimRecorded = Event<
  'ClaimRecorded',
  {
    incidentId: string;
    claimId: string;
    group: string;
    channel: string;
    claimedAt: string;
    sourceId: string;
    credibility: number | null;
  }
>;

export type IncidentEvent = IncidentReported | ClaimRecorded;

export type Incident =
  { status: 'Unknown' } | { status: 'Reported'; earliest: string; claimingGroups: readonly string[] };

export const initialState = (): Incident => ({ status: 'Unknown' });

export const evolve = (state: Incident, { type, data }: IncidentEvent): Incident => {
  switch (type) {
    case 'IncidentReported':
      return { status: 'Reported', earliest: data.occurredAt.earliest, claimingGroups: [] };
    case 'ClaimRecorded':
      return state.status === 'Reported' ? { ...state, claimingGroups: [...state.claimingGroups, data.group] } : state;
  }
};

export type RecordClaim = Omit<ClaimRecorded['data'], 'credibility'> & { credibility?: number | null };

/** The same rules as claimtrail's first checks: the incident exists, one claim per group, not before it happened. */
export const recordClaim = (command: RecordClaim, state: Incident): ClaimRecorded => {
  if (state.status !== 'Reported') throw new NotFoundError({ id: command.incidentId, type: 'incident' });
  if (state.claimingGroups.includes(command.group))
    throw new EmmettError({ errorCode: 409, message: `group ${command.group} already claimed this incident` });
  if (Date.parse(command.claimedAt) < Date.parse(state.earliest))
    throw new ValidationError('claimedAt is before the incident happened');
  return { type: 'ClaimRecorded', data: { ...command, credibility: command.credibility ?? null } };
};
