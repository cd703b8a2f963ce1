import { personReservedNames } from '../persons/person-names.js';
import { requirePersonName } from '../persons/person.guards.js';
import { evolvePerson, type PersonState } from '../persons/person.state.js';
import { personStreamId } from '../shared/event-envelope.js';
import { personNameKey } from '../shared/names.js';
import type { UseCaseWrite } from './aggregate-writes.js';
import { personNameTaken, type PersonNamesRepository } from './person-names.repository.js';
import type { WriteSpec } from './stream-writer.js';

/** A write on a person's stream. */
export function onPerson(personId: string, spec: UseCaseWrite<PersonState>): WriteSpec<PersonState> {
  return { ...spec, streamId: personStreamId(personId), evolve: evolvePerson };
}

/**
 * A write on a person's stream that claims names (a registration, an alias): a name another
 * person holds is a 409 naming the field and the holder before deciding, and the names the events
 * claim are reserved in the same transaction, so two persons racing for one name cannot both get it.
 */
export async function onPersonClaimingNames(
  names: PersonNamesRepository,
  personId: string,
  claim: Array<{ name: string; field: string }>,
  spec: UseCaseWrite<PersonState>,
): Promise<WriteSpec<PersonState>> {
  // Malformed names (bidi controls, blank) are a 422 before any look-up: their key could match a holder.
  for (const c of claim) requirePersonName(c.field, c.name);
  const holders = await names.taken(
    claim.map((c) => c.name),
    personId,
  );
  if (holders.length) {
    const held = new Set(holders.map((h) => personNameKey(h.name)));
    const first = claim.find((c) => held.has(personNameKey(c.name)));
    throw personNameTaken(first?.field ?? claim[0].field, holders);
  }
  const field = claim[0]?.field ?? 'name';
  return onPerson(personId, {
    ...spec,
    inTransaction: (trx, events) => names.reserve(trx, personId, personReservedNames(events), field),
  });
}
