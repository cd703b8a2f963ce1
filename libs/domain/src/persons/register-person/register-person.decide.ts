import { ConflictError } from '../../shared/domain-errors.js';
import { optionalText, requireId, requireNames } from '../../shared/guards.js';
import type { PersonEvent } from '../person.events.js';
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
  const { name, aliases } = requireNames(cmd.name, cmd.aliases);
  return [
    { type: 'PersonRegistered', data: { personId, name, aliases, summary: optionalText('summary', cmd.summary) } },
  ];
}
