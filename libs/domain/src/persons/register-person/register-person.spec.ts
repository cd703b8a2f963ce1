import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { thrown } from '../../testing/fixtures.js';
import { givenPerson, personIds, personRegistered } from '../person.fixtures.js';
import { decideRegisterPerson } from './register-person.decide.js';
import { RegisterPersonBodySchema } from './register-person.schema.js';

describe('register-person', () => {
  it('given no stream, registers with a clean name, de-duplicated aliases and a summary', () => {
    const events = decideRegisterPerson(null, {
      personId: personIds.noorWali,
      name: '  Noor Wali   Mehsud ',
      aliases: ['Abu Mansoor Asim', ' abu mansoor asim ', 'Noor\u200BWali Mehsud', 'NOOR WALI MEHSUD'],
      summary: ' Emir since 2018 ',
    });
    expect(events).toEqual([
      {
        type: 'PersonRegistered',
        data: {
          personId: personIds.noorWali,
          name: 'Noor Wali Mehsud',
          aliases: ['Abu Mansoor Asim', 'Noor\u200BWali Mehsud'],
          summary: 'Emir since 2018',
        },
      },
    ]);
  });

  it('drops an alias equal to the name once format characters are removed', () => {
    const [event] = decideRegisterPerson(null, {
      personId: personIds.noorWali,
      name: 'Noor Wali',
      aliases: ['Noor\u2060 Wali', 'Noor Wa\u00ADli'],
    });
    expect(event.data).toMatchObject({ aliases: [], summary: null });
  });

  it('given the person exists, is a conflict', () => {
    const error = thrown(() =>
      decideRegisterPerson(givenPerson(personRegistered()), { personId: personIds.noorWali, name: 'Noor Wali Mehsud' }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_exists');
  });

  it('refuses bidi overrides and isolates in the name or an alias, naming the field', () => {
    const name = thrown(() => decideRegisterPerson(null, { personId: personIds.noorWali, name: 'Noor\u202EWali' }));
    expect(name).toBeInstanceOf(RuleViolation);
    expect(name.path).toBe('name');
    const alias = thrown(() =>
      decideRegisterPerson(null, { personId: personIds.noorWali, name: 'Noor', aliases: ['ok', 'a\u2066b'] }),
    );
    expect(alias.path).toBe('aliases.1');
  });

  it('refuses a name or an alias of invisible format characters only, naming the field', () => {
    const name = thrown(() => decideRegisterPerson(null, { personId: personIds.noorWali, name: '\u200B\u2060' }));
    expect(name).toBeInstanceOf(RuleViolation);
    expect(name.path).toBe('name');
    const alias = thrown(() =>
      decideRegisterPerson(null, { personId: personIds.noorWali, name: 'Noor', aliases: ['ok', '\u00AD \uFEFF'] }),
    );
    expect(alias).toBeInstanceOf(RuleViolation);
    expect(alias.path).toBe('aliases.1');
  });

  it('rejects a blank alias naming its index', () => {
    const error = thrown(() => decideRegisterPerson(null, { personId: personIds.noorWali, name: 'X', aliases: [' '] }));
    expect(error.path).toBe('aliases.0');
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
