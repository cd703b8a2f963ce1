import type { Actor } from './actor.js';

/**
 * An `Idempotency-Key` as scoped to the API key that sent it, with a fingerprint of the request
 * (same key + same fingerprint → first answer; same key + other fingerprint → 422).
 */
export interface IdempotencyScope {
  keyId: string;
  key: string;
  fingerprint: string;
  /** Set once the response is stored (by the command's own transaction), so nobody stores it again. */
  completed?: boolean;
  /** Stored by the write that inserts it (see the runtime's scope). */
  atomic?: boolean;
}

/** What every command handler receives besides the command itself. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  idempotency?: IdempotencyScope;
  /** The client's `If-Match` stream version: a write against another version records nothing (412). */
  ifMatch?: number;
}
