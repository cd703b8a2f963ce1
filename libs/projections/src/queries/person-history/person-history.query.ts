import { NotFoundError, personStreamId } from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { PersonHistoryResponse } from './person-history.response.js';

/** Every event of the person, oldest first, with who recorded it; NotFoundError for an unknown person. */
export async function personHistory(store: EventStore, id: string): Promise<PersonHistoryResponse> {
  const events = await store.readStream(personStreamId(id));
  if (!events.length) throw new NotFoundError('person', id);
  return {
    items: events.map((e) => ({
      id: e.eventId,
      type: e.type,
      version: e.streamVersion,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.metadata.actor ?? null,
      correlationId: e.metadata.correlationId ?? null,
      position: e.position,
      data: e.data,
    })),
  };
}
