/** The stream was not at the expected version; nothing was written. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    /** The version the stream is at, or null when it does not exist. */
    readonly actual: number | null,
  ) {
    super(`stream ${streamId} is at version ${actual ?? 'none'}, expected ${expected}`);
  }
}

/** Event ids already stored with different content: the caller reused ids for another change. */
export class IdempotencyConflictError extends Error {
  override readonly name = 'IdempotencyConflictError';
  constructor(readonly streamId: string) {
    super(`event ids sent to ${streamId} were already recorded with other content`);
  }
}

/** An UPDATE, DELETE or TRUNCATE on the log was attempted. */
export class ImmutableLogError extends Error {
  override readonly name = 'ImmutableLogError';
}
