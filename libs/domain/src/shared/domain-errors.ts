/**
 * Errors thrown by decide functions. They carry no HTTP knowledge; the HTTP layer maps them:
 * NotFoundError → 404 (id in the path) or 422 when `field` names a body field,
 * ConflictError → 409, RuleViolation → 422 naming `path`.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'conflict' | 'rule_violation';
  /** Stable, machine-readable reason (e.g. `claim_exists`, `not_found`, `rule_violation`). */
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
  readonly code = 'not_found';

  /**
   * @param what  the kind of thing missing (`incident`, `claim`, `review`, …)
   * @param id    the id that was looked up
   * @param field the request field that named it, when it came from a body (→ 422, not 404)
   */
  constructor(
    readonly what: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${what} ${id} not found`);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;

  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class RuleViolation extends DomainError {
  readonly kind = 'rule_violation' as const;
  readonly code = 'rule_violation';

  /** @param path the offending field, dotted (`casualties.killedMax`, `location.country`) */
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }

  /** Shaped like problem+json's `errors` so the HTTP layer can pass it through. */
  get errors(): { path: string; message: string }[] {
    return [{ path: this.path, message: this.message }];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
