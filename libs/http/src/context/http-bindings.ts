import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { IdempotencyScope } from '@app/runtime';
import type { Actor, Role } from '../auth/roles.js';

// The few HTTP bindings the controllers need; the guard, interceptors and middleware of this lib
// implement what they mark.

export const ROLE_KEY = 'claimtrail:role';
export const PUBLIC_KEY = 'claimtrail:public';

/**
 * What the HTTP layer knows about a request: actor, correlation id, idempotency, If-Match.
 * Structurally the domain's CommandContext (apps/api/src/http/layer-agreement.ts checks it), so a
 * controller hands it to a command as it is.
 */
export interface RequestContext {
  actor: Actor;
  correlationId: string;
  idempotency?: IdempotencyScope;
  /** The client's `If-Match` stream version. */
  ifMatch?: number;
}

/** The least role a route needs (reporter < analyst < admin). Routes without it need any valid key. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);

/** No key needed (health, metrics). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The request context this lib attached to the request: actor, correlation id, idempotency, If-Match. */
export function contextOf(req: unknown): RequestContext {
  const r = req as { principal?: Actor; correlationId?: string; idempotency?: IdempotencyScope; ifMatch?: number };
  if (!r.principal) throw new Error('request has no authenticated principal');
  return {
    actor: r.principal,
    correlationId: r.correlationId ?? 'unknown',
    idempotency: r.idempotency,
    ifMatch: r.ifMatch,
  };
}

/** `@Ctx() ctx: RequestContext` in a controller method. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext) =>
  contextOf(host.switchToHttp().getRequest()),
);
