import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { CommandContext } from '@app/domain';

export type { CommandContext };

/** What the HTTP layer hands to every command: who, under which request, and preconditions. */
export function contextOf(req: Request): CommandContext {
  const r = req as Request & { principal?: CommandContext['actor']; correlationId?: string; idempotency?: CommandContext['idempotency']; ifMatch?: number };
  if (!r.principal) throw new Error('request has no authenticated principal');
  return {
    actor: r.principal,
    correlationId: r.correlationId ?? 'unknown',
    idempotency: r.idempotency,
    ifMatch: r.ifMatch,
  };
}

/** `@Ctx() ctx: CommandContext` in a controller method. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext) => contextOf(host.switchToHttp().getRequest()));
