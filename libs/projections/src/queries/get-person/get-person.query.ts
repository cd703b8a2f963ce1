import { sql, type Kysely } from 'kysely';
import { evolvePerson, NotFoundError, personStreamId, type PersonState } from '@app/domain';
import type { Database, EventStore } from '@app/event-store';
import type { PersonPicture } from './get-person.response.js';
import { renderPerson } from './person-view.js';

export interface PersonAsOf {
  asOf?: Date;
  asOfPosition?: number;
}

/**
 * The person now (the read model's fold) or as recorded at a time or position (the stream folded
 * to that point with the very evolve the projection uses); NotFoundError before it existed.
 */
export async function getPerson(
  db: Kysely<Database>,
  store: EventStore,
  personId: string,
  { asOf, asOfPosition }: PersonAsOf = {},
): Promise<PersonPicture> {
  if (asOf === undefined && asOfPosition === undefined) {
    const { rows } = await sql<{
      state: PersonState;
    }>`select state from rm_persons where person_id = ${personId}`.execute(db);
    if (!rows[0]) throw new NotFoundError('person', personId);
    return renderPerson(db, rows[0].state);
  }
  const { state } = await store.aggregateStream(
    personStreamId(personId),
    { evolve: evolvePerson },
    { toRecordedAt: asOf, toPosition: asOfPosition },
  );
  if (!state) throw new NotFoundError('person', personId);
  return {
    ...(await renderPerson(db, state)),
    asOf: asOf?.toISOString() ?? null,
    asOfPosition: asOfPosition ?? null,
  };
}
