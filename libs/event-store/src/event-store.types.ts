/** Who did what, why, and under which request: stored on every event. */
export interface EventMetadata {
  actor?: { keyId: string; role: string; name?: string };
  correlationId?: string;
  causationId?: string;
  idempotencyKey?: string;
  [key: string]: unknown;
}

export interface NewEvent<T = unknown> {
  /** Client-chosen or generated; re-sending the same ids makes the append idempotent. */
  eventId?: string;
  type: string;
  schemaVersion?: number;
  data: T;
  metadata?: EventMetadata;
}

export interface RecordedEvent<T = any> {
  position: number;
  streamId: string;
  streamType: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: T;
  metadata: EventMetadata;
  recordedAt: Date;
  transactionId: string;
}

/** `any`, `no_stream`, `stream_exists`, or the exact version the stream must be at (0 = no stream). */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** The stream's version after the append. */
  nextVersion: number;
  /** Global position of the last event of the append. */
  lastPosition: number;
  /** True when every event id was already stored with the same content: nothing was written. */
  replayed: boolean;
  eventIds: string[];
}

/** Where a log follower stands: it has applied everything up to and including this pair. */
export interface LogCheckpoint {
  transactionId: string;
  position: number;
}

export const LOG_START: LogCheckpoint = Object.freeze({ transactionId: '0', position: 0 });

export interface StreamReadOptions {
  /** Stop after this stream version. */
  toVersion?: number;
  /** Only events at or below this global position. */
  toPosition?: number;
  /** Only events recorded at or before this time, compared at the millisecond precision clients see. */
  toRecordedAt?: Date;
}

/** How a stream folds into a state: the domain's own evolve (state null before the first event). */
export interface StreamFold<S> {
  evolve: (state: S | null, event: RecordedEvent) => S;
  initial?: S | null;
}

export interface StreamAggregate<S> {
  /** Null when no event was folded (and no initial state was given). */
  state: S | null;
  /** Version of the last event read; 0 for a stream without events (up to the cut). */
  version: number;
  /** Global position of the last event read; 0 when there is none. */
  position: number;
  /** The events folded, oldest first. */
  events: RecordedEvent[];
}
