/** Schema version of every event payload defined here. Bump per type with an upcaster. */
export const EVENT_SCHEMA_VERSION = 1;

/**
 * What evolve functions accept: a domain event, optionally with the store's envelope fields.
 * A RecordedEvent from the event store fits as is.
 */
export interface EventEnvelopeFields {
  recordedAt?: Date | string;
  position?: number;
  streamVersion?: number;
}

/** Any stored event; evolve functions ignore types they do not know. */
export interface StoredEvent extends EventEnvelopeFields {
  type: string;
  data: unknown;
}

/** An aggregate's events as a union of `{ type, data }`, from a map of event type to its data. */
export type EventsOf<DataByType> = {
  [T in keyof DataByType & string]: { type: T; data: DataByType[T] };
}[keyof DataByType & string];

export type StreamType = 'group' | 'source' | 'incident' | 'person' | 'statement';

export function streamId(type: StreamType, id: string): string {
  return `${type}-${id}`;
}

export const groupStreamId = (id: string): string => streamId('group', id);
export const sourceStreamId = (id: string): string => streamId('source', id);
export const incidentStreamId = (id: string): string => streamId('incident', id);
export const personStreamId = (id: string): string => streamId('person', id);
export const statementStreamId = (id: string): string => streamId('statement', id);

/** Splits `incident-<uuid>` into its type and id; null for other shapes. */
export function parseStreamId(stream: string): { type: StreamType; id: string } | null {
  const m = /^(group|source|incident|person|statement)-(.+)$/.exec(stream);
  return m ? { type: m[1] as StreamType, id: m[2] } : null;
}
