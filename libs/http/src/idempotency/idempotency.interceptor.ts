import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { canonicalJson, IdempotencyRepository, type BeginOutcome, type IdempotencyScope } from '@app/runtime';
import type { Actor } from '../auth/roles.js';
import { problem } from '../problem/problem.js';

const KEY = /^[\x21-\x7e]{1,255}$/;

type Req = Request & { principal?: Actor; idempotency?: IdempotencyScope };

const SECRET_FIELDS = 'claimtrail:idempotency-secret-fields';
/** Response fields never stored for a replay (secrets shown once); a replay answers them redacted. */
export const SecretResponseFields = (...fields: string[]) => SetMetadata(SECRET_FIELDS, fields);

/**
 * `Idempotency-Key` on a POST: the same key and body answer with the first response and record
 * nothing new; another body is 422; a repeat while the first is in flight waits for its answer
 * (up to IDEMPOTENCY_WAIT_MS, then 409).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly repo: IdempotencyRepository,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Req>();
    const raw = req.headers['idempotency-key'];
    if (req.method !== 'POST' || raw === undefined || !req.principal) return next.handle();
    const secrets = this.reflector.get<string[] | undefined>(SECRET_FIELDS, context.getHandler()) ?? [];
    return from(this.run(req, context.switchToHttp().getResponse<Response>(), raw, next, secrets));
  }

  private async run(
    req: Req,
    res: Response,
    raw: string | string[],
    next: CallHandler,
    secrets: string[],
  ): Promise<unknown> {
    if (Array.isArray(raw) || !KEY.test(raw)) {
      throw problem(400, 'validation', 'Idempotency-Key must be one header of 1–255 visible ASCII characters', {
        errors: [{ path: 'header.Idempotency-Key', message: '1–255 visible ASCII characters' }],
      });
    }
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.originalUrl.split('?')[0]}\n${canonicalJson(req.body ?? null)}`)
      .digest('hex');
    const scope: IdempotencyScope = { keyId: req.principal!.keyId, key: raw, fingerprint };
    const outcome = await this.begin(scope);
    if (outcome.kind === 'mismatch') {
      throw problem(422, 'idempotency-mismatch', 'This Idempotency-Key was used with a different request', {
        errors: [{ path: 'header.Idempotency-Key', message: 'already used with another body' }],
      });
    }
    if (outcome.kind === 'in_flight') {
      throw problem(409, 'idempotency-in-flight', 'A request with this Idempotency-Key is still being processed', {
        headers: { 'Retry-After': '1' },
      });
    }
    if (outcome.kind === 'replay') {
      res.status(outcome.response.status);
      for (const [k, v] of Object.entries(outcome.response.headers)) res.setHeader(k, v);
      res.setHeader('Idempotent-Replayed', 'true');
      return outcome.response.body;
    }
    req.idempotency = scope;
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Writes complete their key in their own transaction; anything else is completed here.
      if (!scope.completed) {
        const etag = res.getHeader('ETag');
        const stored =
          body && typeof body === 'object' && secrets.length
            ? { ...(body as object), ...Object.fromEntries(secrets.map((f) => [f, '[shown once; not stored]'])) }
            : (body ?? null);
        await this.repo.complete(scope, {
          status: res.statusCode,
          body: stored,
          headers: etag ? { ETag: String(etag) } : {},
        });
      }
      return body;
    } catch (err) {
      await this.repo.release(scope).catch(() => undefined);
      throw err;
    }
  }

  /**
   * Claims the key; while another request holds it, polls with a growing pause until that one
   * completes (replay), fails (its key is released, so this one runs) or the wait runs out.
   */
  private async begin(scope: IdempotencyScope): Promise<BeginOutcome> {
    const deadline = Date.now() + this.config.IDEMPOTENCY_WAIT_MS;
    let pause = 5;
    for (;;) {
      const outcome = await this.repo.begin(scope, this.config.IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS);
      const left = deadline - Date.now();
      if (outcome.kind !== 'in_flight' || left <= 0) return outcome;
      await new Promise((r) => setTimeout(r, Math.min(pause, left)));
      pause = Math.min(pause * 2, 250);
    }
  }
}
