import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { thrown } from '../../testing/fixtures.js';
import { givenPerson, NOW, personIds, personRegistered } from '../person.fixtures.js';
import { decideAddPersonAlias } from './add-person-alias.decide.js';

const person = () => givenPerson(personRegistered());
const cmd = (extra: Partial<Parameters<typeof decideAddPersonAlias>[1]> = {}) => ({
  personId: personIds.noorWali,
  alias: 'Mufti Noor Wali',
  now: NOW,
  ...extra,
});

describe('add-person-alias', () => {
  it('given a person, adds the alias with its validity', () => {
    expect(decideAddPersonAlias(person(), cmd({ validFrom: '2010', validTo: '2018-06' }))).toEqual([
      { type: 'PersonAliasAdded', data: { alias: 'Mufti Noor Wali', validFrom: '2010', validTo: '2018-06' } },
    ]);
  });

  it('given no person, is not found', () => {
    expect(thrown(() => decideAddPersonAlias(null, cmd()))).toBeInstanceOf(NotFoundError);
  });

  it('given the alias is already the person’s (case, format characters aside), is a conflict', () => {
    const error = thrown(() => decideAddPersonAlias(person(), cmd({ alias: 'abu\u200B mansoor asim' })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('alias_exists');
  });

  it('validTo before validFrom is a rule violation on validTo, partial-date aware', () => {
    expect(thrown(() => decideAddPersonAlias(person(), cmd({ validFrom: '2015-03', validTo: '2015-02' }))).path).toBe(
      'validTo',
    );
    expect(decideAddPersonAlias(person(), cmd({ validFrom: '2015-03', validTo: '2015' }))).toHaveLength(1);
  });

  it('a date more than a day ahead is a rule violation naming it; within a day of skew passes', () => {
    const error = thrown(() => decideAddPersonAlias(person(), cmd({ validFrom: '2024-06-03' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('validFrom');
    expect(decideAddPersonAlias(person(), cmd({ validFrom: '2024-06-02' }))).toHaveLength(1);
  });

  it('refuses bidi controls in the alias', () => {
    expect(thrown(() => decideAddPersonAlias(person(), cmd({ alias: 'x\u202Dy' }))).path).toBe('alias');
  });

  it('refuses an alias of invisible format characters only (its key would be empty)', () => {
    const error = thrown(() => decideAddPersonAlias(person(), cmd({ alias: '\u200B\u2060' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('alias');
  });
});
