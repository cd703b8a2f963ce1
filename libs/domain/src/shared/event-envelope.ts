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

/** A type guard for one aggregate's events, from its list of event types. */
export function eventGuard<E extends { type: string }>(
  types: readonly string[],
): (event: { type: string }) => event is E {
  return (event): event is E => types.includes(event.type);
}

/** The state after one more folded event: the envelope's stream version and position when given. */
export function stampVersion<S extends { version: number; position: number | null }>(
  state: S,
  e: EventEnvelopeFields,
): S {
  return { ...state, version: e.streamVersion ?? state.version + 1, position: e.position ?? state.position };
}

/** The envelope's recordedAt as ISO; null when folded without an envelope. */
export function recordedAtIso(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
