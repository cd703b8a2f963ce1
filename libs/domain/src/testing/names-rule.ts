// The name rule every registration follows (requireNames), checked the same way in each decide spec.
import { expect } from '@jest/globals';
import { RuleViolation } from '../shared/domain-errors.js';
import { thrown } from './fixtures.js';

/** Names as a registration's command gives them; a spec fills in the rest of its command. */
type Register = (names: { name: string; aliases?: string[] }) => ReadonlyArray<{ data: object }>;

/** Names or aliases the rule refuses, with the field the RuleViolation names. */
const REFUSED: Array<[{ name: string; aliases?: string[] }, string]> = [
  [{ name: 'Noor', aliases: ['ok', '  '] }, 'aliases.1'],
  [{ name: 'Noor\u202EWali' }, 'name'],
  [{ name: 'Noor', aliases: ['ok', 'a\u2066b'] }, 'aliases.1'],
  [{ name: '\u200B\u2060' }, 'name'],
  [{ name: 'Noor', aliases: ['\u00AD \uFEFF'] }, 'aliases.0'],
];

/**
 * Checks that `register` records the name clean and the aliases without repeats or the name itself
 * (compared case-insensitively, format characters removed), and that a blank, bidi-controlled or
 * invisible name or alias is a RuleViolation naming its field.
 */
export function expectNamesRule(register: Register): void {
  const [event] = register({
    name: '  Noor Wali   Mehsud ',
    aliases: ['Abu Mansoor Asim', ' abu mansoor asim ', 'Noor\u200BWali Mehsud', 'NOOR WALI MEHSUD'],
  });
  expect(event.data).toMatchObject({
    name: 'Noor Wali Mehsud',
    aliases: ['Abu Mansoor Asim', 'Noor\u200BWali Mehsud'],
  });
  const [invisible] = register({ name: 'Noor Wali', aliases: ['Noor\u2060 Wali', 'Noor Wa\u00ADli'] });
  expect(invisible.data).toMatchObject({ aliases: [] });
  for (const [names, field] of REFUSED) {
    const error = thrown(() => register(names));
    expect(error).toBeInstanceOf(RuleViolation);
    expect({ names, path: error.path }).toEqual({ names, path: field });
  }
}
