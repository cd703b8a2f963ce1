import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import type { PersonEvent } from '../person.events.js';
import { givenPerson, NOW, personIds, personRegistered } from '../person.fixtures.js';
import { decideRecordPersonStatus, type RecordPersonStatus } from './record-person-status.decide.js';

const cmd = (extra: Partial<RecordPersonStatus> = {}): RecordPersonStatus => ({
  personId: personIds.noorWali,
  statusId: personIds.status1,
  status: 'killed',
  at: '2021-03-02',
  now: NOW,
  ...extra,
});

describe('record-person-status', () => {
  it('given a person, records a concealed death with its source, incident and note', () => {
    const events = decideRecordPersonStatus(
      givenPerson(personRegistered()),
      cmd({ announcedAt: '2023-05', sourceId: ids.src1, incidentId: ids.incident, note: ' drone strike ' }),
    );
    expect(events).toEqual([
      {
        type: 'PersonStatusRecorded',
        data: {
          statusId: personIds.status1,
          status: 'killed',
          at: '2021-03-02',
          announcedAt: '2023-05',
          sourceId: ids.src1,
          citation: null,
          incidentId: ids.incident,
          note: 'drone strike',
        },
      },
    ]);
  });

  it('given no person, is not found', () => {
    expect(thrown(() => decideRecordPersonStatus(null, cmd()))).toBeInstanceOf(NotFoundError);
  });

  it('at after announcedAt is a rule violation on announcedAt; the same month at another precision is fine', () => {
    const state = givenPerson(personRegistered());
    const error = thrown(() => decideRecordPersonStatus(state, cmd({ announcedAt: '2021-03-01' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('announcedAt');
    expect(decideRecordPersonStatus(state, cmd({ announcedAt: '2021-03' }))).toHaveLength(1);
  });

  it('a date more than a day in the future is a rule violation naming it', () => {
    const state = givenPerson(personRegistered());
    expect(thrown(() => decideRecordPersonStatus(state, cmd({ at: '2024-06-03' }))).path).toBe('at');
    expect(thrown(() => decideRecordPersonStatus(state, cmd({ announcedAt: '2025' }))).path).toBe('announcedAt');
    expect(decideRecordPersonStatus(state, cmd({ at: '2024-06-02T10:00:00Z' }))).toHaveLength(1);
  });

  it('given the same status at the same date, is a conflict; an earlier status recorded later is fine', () => {
    const recorded: PersonEvent = {
      type: 'PersonStatusRecorded',
      data: {
        statusId: personIds.status1,
        status: 'killed',
        at: '2021-03-02',
        announcedAt: null,
        sourceId: null,
        citation: null,
        incidentId: null,
        note: null,
      },
    };
    const state = givenPerson(personRegistered(), recorded);
    const error = thrown(() => decideRecordPersonStatus(state, cmd({ statusId: personIds.status2 })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('status_exists');
    expect(thrown(() => decideRecordPersonStatus(state, cmd())).code).toBe('already_exists');
    expect(
      decideRecordPersonStatus(state, cmd({ statusId: personIds.status2, status: 'active', at: '2020' })),
    ).toHaveLength(1);
  });
});
