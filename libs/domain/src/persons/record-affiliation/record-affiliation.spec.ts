import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import { affiliationRecorded, givenPerson, NOW, personIds, personRegistered } from '../person.fixtures.js';
import { decideRecordAffiliation, type RecordAffiliation } from './record-affiliation.decide.js';

const cmd = (extra: Partial<RecordAffiliation> = {}): RecordAffiliation => ({
  personId: personIds.noorWali,
  affiliationId: personIds.aff2,
  groupId: ids.ttp,
  role: 'leader',
  validFrom: '2018-06-22',
  now: NOW,
  ...extra,
});

describe('record-affiliation', () => {
  it('given a person, records the affiliation with its source, citation and confidence', () => {
    const events = decideRecordAffiliation(
      givenPerson(personRegistered()),
      cmd({ sourceId: ids.src1, citation: { url: 'https://example.org/x', quote: ' named emir ' }, confidence: 90 }),
    );
    expect(events).toEqual([
      {
        type: 'PersonAffiliationRecorded',
        data: {
          affiliationId: personIds.aff2,
          groupId: ids.ttp,
          role: 'leader',
          validFrom: '2018-06-22',
          validTo: null,
          sourceId: ids.src1,
          citation: {
            url: 'https://example.org/x',
            headline: null,
            publishedAt: null,
            archiveUrl: null,
            quote: 'named emir',
            language: null,
          },
          confidence: 90,
        },
      },
    ]);
  });

  it('given no person, is not found', () => {
    expect(thrown(() => decideRecordAffiliation(null, cmd()))).toBeInstanceOf(NotFoundError);
  });

  it(
    'given an overlapping leader affiliation of the same group (another period), ' + 'records it: rival leaders happen',
    () => {
      const state = givenPerson(
        personRegistered(),
        affiliationRecorded(personIds.aff1, ids.ttp, { validFrom: '2018' }),
      );
      expect(decideRecordAffiliation(state, cmd())).toHaveLength(1);
    },
  );

  it('given the very same affiliation under another id, is a conflict naming the first', () => {
    const state = givenPerson(
      personRegistered(),
      affiliationRecorded(personIds.aff1, ids.ttp, { validFrom: '2018-06-22' }),
    );
    const error = thrown(() => decideRecordAffiliation(state, cmd()));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details).toEqual({ affiliationId: personIds.aff1 });
  });

  it('given the same id, is already_exists (the writer answers a same-body re-send with the first result)', () => {
    const state = givenPerson(personRegistered(), affiliationRecorded(personIds.aff2, ids.iskp));
    expect(thrown(() => decideRecordAffiliation(state, cmd())).code).toBe('already_exists');
  });

  it('an end before the start is a rule violation on validTo, partial-date aware', () => {
    const state = givenPerson(personRegistered());
    expect(
      thrown(() => decideRecordAffiliation(state, cmd({ validFrom: '2018-06', validTo: '2018-05-31' }))).path,
    ).toBe('validTo');
    expect(decideRecordAffiliation(state, cmd({ validFrom: '2018-06', validTo: '2018' }))).toHaveLength(1);
  });

  it('dates in the future beyond a day, bad confidence and a bad date are rule violations naming the field', () => {
    const state = givenPerson(personRegistered());
    expect(thrown(() => decideRecordAffiliation(state, cmd({ validFrom: '2025' }))).path).toBe('validFrom');
    expect(thrown(() => decideRecordAffiliation(state, cmd({ validTo: '2024-07' }))).path).toBe('validTo');
    expect(thrown(() => decideRecordAffiliation(state, cmd({ confidence: 101 }))).path).toBe('confidence');
    const bad = thrown(() => decideRecordAffiliation(state, cmd({ validFrom: '2018-13' })));
    expect(bad).toBeInstanceOf(RuleViolation);
    expect(bad.path).toBe('validFrom');
  });

  it('a citation with a javascript: URL is a rule violation on citation.url', () => {
    const state = givenPerson(personRegistered());
    expect(thrown(() => decideRecordAffiliation(state, cmd({ citation: { url: 'javascript:alert(1)' } }))).path).toBe(
      'citation.url',
    );
  });
});
