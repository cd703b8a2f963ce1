// Given-events helpers for the unit specs: fold a list of events into the state a decide sees.
import { foldGroup, type GroupState } from '../groups/group.state.js';
import type { GroupEvent, GroupRegisteredData } from '../groups/group.events.js';
import { foldIncident, type IncidentState } from '../incidents/incident.state.js';
import type { IncidentEvent, IncidentReported } from '../incidents/incident.events.js';
import { foldSource, type SourceState } from '../sources/source.state.js';
import type { SourceEvent } from '../sources/source.events.js';

export const ids = {
  incident: '0a1b2c3d-0000-4000-8000-000000000001',
  other: '0a1b2c3d-0000-4000-8000-000000000002',
  ttp: '1b000000-0000-4000-8000-000000000001',
  iskp: '1b000000-0000-4000-8000-000000000002',
  tjp: '1b000000-0000-4000-8000-000000000003',
  src1: '5c000000-0000-4000-8000-000000000001',
  src2: '5c000000-0000-4000-8000-000000000002',
  claim1: 'c1000000-0000-4000-8000-000000000001',
  claim2: 'c1000000-0000-4000-8000-000000000002',
  claim3: 'c1000000-0000-4000-8000-000000000003',
  retraction1: 'e1000000-0000-4000-8000-000000000001',
  denial1: 'd1000000-0000-4000-8000-000000000001',
  attribution1: 'a1000000-0000-4000-8000-000000000001',
  review1: 'f1000000-0000-4000-8000-000000000001',
  relation1: 'b1000000-0000-4000-8000-000000000001',
} as const;

export function reported(overrides: Partial<IncidentReported['data']> = {}): IncidentReported {
  return {
    type: 'IncidentReported',
    data: {
      incidentId: ids.incident,
      occurredAt: {
        value: '2023-01-30',
        precision: 'day',
        earliest: '2023-01-30T00:00:00.000Z',
        latest: '2023-01-30T23:59:59.999Z',
      },
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0, lon: 71.5 },
      type: 'bombing',
      suicide: true,
      target: 'Police Lines mosque',
      casualties: { killedMin: 84, killedMax: 101, injuredMin: 200, injuredMax: 225 },
      summary: null,
      sourceIds: [ids.src1],
      ...overrides,
    },
  };
}

export function groupRegistered(overrides: Partial<GroupRegisteredData> = {}): GroupEvent {
  return { type: 'GroupRegistered', data: { groupId: ids.ttp, name: 'TTP', aliases: [], kind: null, ...overrides } };
}

export function claimRecorded(
  claimId: string,
  groupId: string,
  claimedAt = '2023-01-30T12:00:00.000Z',
  competingGroupIds: string[] = [],
): IncidentEvent {
  return {
    type: 'ClaimRecorded',
    data: {
      claimId,
      groupId,
      channel: 'statement',
      claimedAt,
      spokesperson: null,
      sourceId: ids.src1,
      credibility: 3,
      competingGroupIds,
    },
  };
}

export function retracted(
  claimId: string,
  groupId: string,
  retractedAt = '2023-01-31T08:00:00.000Z',
  retractionId: string = ids.retraction1,
): IncidentEvent {
  return {
    type: 'ClaimRetracted',
    data: { retractionId, claimId, groupId, retractedAt, sourceId: ids.src2, reason: 'mosques are off limits' },
  };
}

export function givenIncident(...events: IncidentEvent[]): IncidentState {
  const state = foldIncident(events);
  if (!state) throw new Error('no events given');
  return state;
}

export function givenGroup(...events: GroupEvent[]): GroupState {
  const state = foldGroup(events);
  if (!state) throw new Error('no events given');
  return state;
}

export function givenSource(...events: SourceEvent[]): SourceState {
  const state = foldSource(events);
  if (!state) throw new Error('no events given');
  return state;
}

/** Runs `fn` and returns what it threw (failing the test if nothing was thrown). */
export function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}
