import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { problem } from '../problem/problem.js';
import { Authenticator, BOOTSTRAP_KEY_ID, clientAddress } from './authenticator.js';
import { RateLimiter } from './rate-limiter.js';
import { PUBLIC_KEY, ROLE_KEY } from '../context/http-bindings.js';
import { roleAllows, type Actor, type Role } from './roles.js';

/**
 * API keys → an actor with a role; 401 without a valid key, 403 when the role falls short, 429 over
 * the key's limit.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: Authenticator,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiter(config.RATE_LIMIT_PER_SECOND, config.RATE_LIMIT_BURST);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Actor }>();
    // A request with a body was authenticated before it was read (Authenticator.beforeBody).
    const actor = req.principal ?? (await this.auth.authenticate(req.header('authorization'), clientAddress(req)));
    const required = this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, targets);
    if (actor.keyId !== BOOTSTRAP_KEY_ID) {
      const wait = this.limiter.take(actor.keyId);
      if (wait > 0)
        throw problem(429, 'rate-limited', 'Too many requests for this key', {
          headers: { 'Retry-After': String(wait) },
        });
    }
    if (required && !roleAllows(actor.role, required)) {
      throw problem(403, 'forbidden', `This call needs the ${required} role; the key has ${actor.role}`);
    }
    req.principal = actor;
    return true;
  }
}
