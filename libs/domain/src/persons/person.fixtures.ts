// Given-events helpers for the person specs.
import type { PersonEvent } from './person.events.js';
import { foldPerson, type PersonState } from './person.state.js';

export const personIds = {
  noorWali: '9e000000-0000-4000-8000-000000000001',
  other: '9e000000-0000-4000-8000-000000000002',
  aff1: 'af000000-0000-4000-8000-000000000001',
  aff2: 'af000000-0000-4000-8000-000000000002',
  status1: '57000000-0000-4000-8000-000000000001',
  status2: '57000000-0000-4000-8000-000000000002',
  status3: '57000000-0000-4000-8000-000000000003',
} as const;

/** The clock the specs decide at. */
export const NOW = new Date('2024-06-01T12:00:00Z');

export function personRegistered(
  overrides: Partial<Extract<PersonEvent, { type: 'PersonRegistered' }>['data']> = {},
): PersonEvent {
  return {
    type: 'PersonRegistered',
    data: {
      personId: personIds.noorWali,
      name: 'Noor Wali Mehsud',
      aliases: ['Abu Mansoor Asim'],
      summary: null,
      ...overrides,
    },
  };
}

export function affiliationRecorded(
  affiliationId: string,
  groupId: string,
  overrides: Partial<Extract<PersonEvent, { type: 'PersonAffiliationRecorded' }>['data']> = {},
): PersonEvent {
  return {
    type: 'PersonAffiliationRecorded',
    data: {
      affiliationId,
      groupId,
      role: 'leader',
      validFrom: '2018-06',
      validTo: null,
      sourceId: null,
      citation: null,
      confidence: null,
      ...overrides,
    },
  };
}

export function givenPerson(...events: PersonEvent[]): PersonState {
  const state = foldPerson(events);
  if (!state) throw new Error('no events given');
  return state;
}
