import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { problem } from '../problem/problem.js';
import { hasBody } from '../context/json-body.middleware.js';
import { ApiKeyRepository, hashKey } from './api-key.repository.js';
import { RateLimiter } from './rate-limiter.js';
import type { Actor } from './roles.js';

export const BOOTSTRAP_KEY_ID = 'bootstrap-admin';

/** Paths that authenticate on their own (bull-board also takes Basic): left to them. */
const OWN_AUTH = /^\/admin\/queues(\/|$)/;

const unauthorized = (detail: string) =>
  problem(401, 'unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer' } });

/** The client's address as this process sees it (the socket's peer unless Express trusts a proxy). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/**
 * Bearer API keys → an actor. A key in this process's cache costs nothing; an address whose keys
 * keep failing is refused (429 with Retry-After) before any lookup, AUTH_FAILURES_PER_SECOND per
 * address with a burst of AUTH_FAILURE_BURST.
 */
@Injectable()
export class Authenticator {
  private readonly bootstrapHash?: Buffer;
  private readonly failures: RateLimiter;

  constructor(
    private readonly keys: ApiKeyRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.CLAIMTRAIL_ADMIN_KEY) this.bootstrapHash = hashKey(config.CLAIMTRAIL_ADMIN_KEY);
    this.failures = new RateLimiter(config.AUTH_FAILURES_PER_SECOND, config.AUTH_FAILURE_BURST);
  }

  async authenticate(header: string | undefined, address: string): Promise<Actor> {
    if (!header) throw unauthorized('Send an API key as "Authorization: Bearer <key>"');
    const m = /^Bearer\s+(\S{8,512})\s*$/i.exec(header);
    const key = m?.[1];
    if (key && this.bootstrapHash && timingSafeEqual(hashKey(key), this.bootstrapHash))
      return { keyId: BOOTSTRAP_KEY_ID, role: 'admin', name: 'bootstrap admin' };
    const cached = key ? this.keys.cachedActive(key) : null;
    if (cached) return { keyId: cached.id, role: cached.role, name: cached.name };
    const wait = this.failures.peek(address);
    if (wait > 0)
      throw problem(429, 'rate-limited', 'Too many failed authentications from this address', {
        headers: { 'Retry-After': String(wait) },
      });
    const stored = key ? await this.keys.findActive(key) : null;
    if (stored) return { keyId: stored.id, role: stored.role, name: stored.name };
    this.failures.take(address);
    throw unauthorized(key ? 'Unknown or revoked API key' : 'Send an API key as "Authorization: Bearer <key>"');
  }

  /**
   * Express middleware placed before the body parser: a request that carries a body is
   * authenticated from its headers alone, so a missing or bad key is answered at once (and the
   * connection closed) instead of after the client has trickled its body in.
   */
  beforeBody() {
    return (req: Request & { principal?: Actor }, res: Response, next: NextFunction): void => {
      if (!hasBody(req) || OWN_AUTH.test(req.path)) return next();
      this.authenticate(req.header('authorization'), clientAddress(req)).then(
        (actor) => {
          req.principal = actor;
          next();
        },
        (err) => {
          res.setHeader('Connection', 'close');
          next(err);
        },
      );
    };
  }
}
