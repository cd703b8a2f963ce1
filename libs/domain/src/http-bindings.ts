import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from './shared/actor.js';
import type { CommandContext } from './shared/command-context.js';

// The few HTTP bindings the use-case controllers need; libs/http implements what they mark.

export const ROLE_KEY = 'claimtrail:role';
export const PUBLIC_KEY = 'claimtrail:public';

/** The least role a route needs (reporter < analyst < admin). Routes without it need any valid key. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);

/** No key needed (health, metrics). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The command context libs/http attached to the request: actor, correlation id, idempotency, If-Match. */
export function contextOf(req: unknown): CommandContext {
  const r = req as { principal?: CommandContext['actor']; correlationId?: string; idempotency?: CommandContext['idempotency']; ifMatch?: number };
  if (!r.principal) throw new Error('request has no authenticated principal');
  return { actor: r.principal, correlationId: r.correlationId ?? 'unknown', idempotency: r.idempotency, ifMatch: r.ifMatch };
}

/** `@Ctx() ctx: CommandContext` in a controller method. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext) => contextOf(host.switchToHttp().getRequest()));
