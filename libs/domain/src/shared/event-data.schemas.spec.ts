import { describe, expect, it } from '@jest/globals';
import { claimRecorded, ids, reported } from '../testing/fixtures.js';
import { assertEventData, EVENT_DATA_SCHEMAS, eventDataProblem, EventDataInvalidError } from './event-data.schemas.js';
import { GROUP_EVENT_TYPES } from '../groups/group.events.js';
import { INCIDENT_EVENT_TYPES } from '../incidents/incident.events.js';
import { PERSON_EVENT_TYPES } from '../persons/person.events.js';
import { SOURCE_EVENT_TYPES } from '../sources/source.events.js';
import { STATEMENT_EVENT_TYPES } from '../statements/statement.events.js';

describe('event data schemas (issue 16 item 3)', () => {
  it('cover every event type of every stream', () => {
    const all = [
      ...INCIDENT_EVENT_TYPES,
      ...GROUP_EVENT_TYPES,
      ...SOURCE_EVENT_TYPES,
      ...PERSON_EVENT_TYPES,
      ...STATEMENT_EVENT_TYPES,
    ];
    expect(Object.keys(EVENT_DATA_SCHEMAS).sort()).toEqual([...all].sort());
  });

  it('refuse an IncidentReported with data {} naming the missing fields, and leave unknown types alone', () => {
    expect(eventDataProblem('IncidentReported', {})).toMatch(/^incidentId: .*; occurredAt: /);
    expect(() => assertEventData([{ type: 'IncidentReported', data: {} }])).toThrow(EventDataInvalidError);
    expect(eventDataProblem('Noted', {})).toBeNull();
  });

  it('accept the events the domain decides', () => {
    expect(() => assertEventData([reported(), claimRecorded(ids.claim1, ids.ttp)])).not.toThrow();
  });
});
