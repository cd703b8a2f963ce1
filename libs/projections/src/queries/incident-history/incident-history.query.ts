import { incidentStreamId, NotFoundError } from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { IncidentHistoryResponse } from './incident-history.response.js';

/** Every event of the incident, oldest first, with who recorded it; NotFoundError for an unknown incident. */
export function incidentHistory(store: EventStore, id: string): Promise<IncidentHistoryResponse> {
  return streamHistory(store, incidentStreamId(id), 'incident', id);
}

/** Every event of a stream, oldest first, with who recorded it; NotFoundError(`what`, id) for an empty stream. */
export async function streamHistory(
  store: EventStore,
  streamId: string,
  what: string,
  id: string,
): Promise<IncidentHistoryResponse> {
  const events = await store.readStream(streamId);
  if (!events.length) throw new NotFoundError(what, id);
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
