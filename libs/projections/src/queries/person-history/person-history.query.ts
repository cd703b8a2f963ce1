import { personStreamId } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { streamHistory } from '../incident-history/incident-history.query.js';
import type { PersonHistoryResponse } from './person-history.response.js';

/** Every event of the person, oldest first, with who recorded it; NotFoundError for an unknown person. */
export function personHistory(store: EventStore, id: string): Promise<PersonHistoryResponse> {
  return streamHistory(store, personStreamId(id), 'person', id);
}
