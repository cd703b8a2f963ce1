import { describe, expect, it } from '@jest/globals';
import { ConflictError } from '../../shared/domain-errors.js';
import { thrown } from '../../testing/fixtures.js';
import { expectNamesRule } from '../../testing/names-rule.js';
import { givenPerson, personIds, personRegistered } from '../person.fixtures.js';
import { decideRegisterPerson } from './register-person.decide.js';
import { RegisterPersonBodySchema } from './register-person.schema.js';

describe('register-person', () => {
  it('given no stream, registers the person with a summary', () => {
    const events = decideRegisterPerson(null, {
      personId: personIds.noorWali,
      name: 'Noor Wali Mehsud',
      aliases: ['Abu Mansoor Asim'],
      summary: ' Emir since 2018 ',
    });
    expect(events).toEqual([personRegistered({ summary: 'Emir since 2018' })]);
  });

  it('checks and cleans its name and aliases as every registration does', () => {
    expectNamesRule((names) => decideRegisterPerson(null, { personId: personIds.noorWali, ...names }));
  });

  it('stores a missing summary and aliases as null and []', () => {
    const [event] = decideRegisterPerson(null, { personId: personIds.noorWali, name: 'Noor Wali Mehsud' });
    expect(event.data).toMatchObject({ aliases: [], summary: null });
  });

  it('given the person exists, is a conflict', () => {
    const error = thrown(() =>
      decideRegisterPerson(givenPerson(personRegistered()), { personId: personIds.noorWali, name: 'Noor Wali Mehsud' }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_exists');
  });

  describe('body schema', () => {
    it('accepts a good body and rejects unknown fields and a missing name', () => {
      expect(RegisterPersonBodySchema.parse({ name: ' Noor ', aliases: ['A'] })).toEqual({
        name: 'Noor',
        aliases: ['A'],
      });
      expect(RegisterPersonBodySchema.safeParse({ name: 'N', rank: 'emir' }).success).toBe(false);
      expect(RegisterPersonBodySchema.safeParse({}).error?.issues[0].path).toEqual(['name']);
    });
  });
});
