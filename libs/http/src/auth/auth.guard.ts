import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { problem } from '../problem/problem.js';
import { ApiKeyRepository, hashKey } from './api-key.repository.js';
import { RateLimiter } from './rate-limiter.js';
import { PUBLIC_KEY, ROLE_KEY } from '../context/http-bindings.js';
import { roleAllows, type Actor, type Role } from './roles.js';

export const BOOTSTRAP_KEY_ID = 'bootstrap-admin';

/** Bearer API keys → an actor with a role; 401 without a valid key, 403 when the role falls short. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly bootstrapHash?: Buffer;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.CLAIMTRAIL_ADMIN_KEY) this.bootstrapHash = hashKey(config.CLAIMTRAIL_ADMIN_KEY);
    this.limiter = new RateLimiter(config.RATE_LIMIT_PER_SECOND, config.RATE_LIMIT_BURST);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Actor }>();
    const actor = await this.authenticate(req.header('authorization'));
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

  private async authenticate(header: string | undefined): Promise<Actor> {
    const m = header ? /^Bearer\s+(\S{8,512})\s*$/i.exec(header) : null;
    if (!m) {
      throw problem(401, 'unauthorized', 'Send an API key as "Authorization: Bearer <key>"', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    const key = m[1];
    if (this.bootstrapHash && timingSafeEqual(hashKey(key), this.bootstrapHash)) {
      return { keyId: BOOTSTRAP_KEY_ID, role: 'admin', name: 'bootstrap admin' };
    }
    const stored = await this.keys.findActive(key);
    if (!stored)
      throw problem(401, 'unauthorized', 'Unknown or revoked API key', { headers: { 'WWW-Authenticate': 'Bearer' } });
    return { keyId: stored.id, role: stored.role, name: stored.name };
  }
}
