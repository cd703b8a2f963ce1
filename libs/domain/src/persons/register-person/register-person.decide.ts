import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalText, requireId } from '../../shared/guards.js';
import { personNameKey } from '../../shared/names.js';
import { ALIASES_MAX } from '../../shared/vocabulary.js';
import type { PersonEvent } from '../person.events.js';
import { requirePersonName } from '../person.guards.js';
import type { PersonState } from '../person.state.js';

export interface RegisterPerson {
  personId: string;
  name: string;
  aliases?: readonly string[] | null;
  summary?: string | null;
}

/** Uniqueness across persons is the handler's (reservation table); here only within the person. */
export function decideRegisterPerson(state: PersonState | null, cmd: RegisterPerson): PersonEvent[] {
  if (state)
    throw new ConflictError('already_exists', `person ${cmd.personId} already exists`, { personId: cmd.personId });
  const personId = requireId('id', cmd.personId);
  const name = requirePersonName('name', cmd.name);
  const raw = cmd.aliases ?? [];
  if (raw.length > ALIASES_MAX) throw new RuleViolation('aliases', `at most ${ALIASES_MAX} aliases`);
  const seen = new Set([personNameKey(name)]);
  const aliases: string[] = [];
  raw.forEach((value, i) => {
    const alias = requirePersonName(`aliases.${i}`, value);
    const key = personNameKey(alias);
    // Repeats and the name itself are dropped rather than rejected: they add nothing.
    if (seen.has(key)) return;
    seen.add(key);
    aliases.push(alias);
  });
  return [
    { type: 'PersonRegistered', data: { personId, name, aliases, summary: optionalText('summary', cmd.summary) } },
  ];
}
