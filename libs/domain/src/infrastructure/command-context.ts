import type { IdempotencyScope } from '@app/runtime';
import type { Actor } from '../shared/actor.js';

/** What every command handler receives besides the command itself. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** The request's Idempotency-Key: the write that records the events stores its reply. */
  idempotency?: IdempotencyScope;
  /** The client's `If-Match` stream version: a write against another version records nothing (412). */
  ifMatch?: number;
}
