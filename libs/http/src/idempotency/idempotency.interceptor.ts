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
import {
  canonicalJson,
  IdempotencyRepository,
  isKeyTaken,
  type BeginOutcome,
  type IdempotencyScope,
} from '@app/runtime';
import type { Actor } from '../auth/roles.js';
import { problem } from '../problem/problem.js';

const KEY = /^[\x21-\x7e]{1,255}$/;

type Req = Request & { principal?: Actor; idempotency?: IdempotencyScope };
/** One intercepted request: what a run reads and answers through. */
type Call = { req: Req; res: Response; next: CallHandler; secrets: string[] };

const SECRET_FIELDS = 'claimtrail:idempotency-secret-fields';
/** Response fields never stored for a replay (secrets shown once); a replay answers them redacted. */
export const SecretResponseFields = (...fields: string[]) => SetMetadata(SECRET_FIELDS, fields);

const ATOMIC = 'claimtrail:idempotency-atomic';
/**
 * The route's only effect is one stream write, which stores its key with the reply in the write's
 * own statement or transaction (IdempotencyScope.atomic): the key is not claimed in a round trip
 * of its own before the command runs.
 */
export const AtomicIdempotency = () => SetMetadata(ATOMIC, true);

/**
 * `Idempotency-Key` on a POST: the same key and body answer with the first response and record
 * nothing new; another body is 422; a repeat while the first is in flight waits for its answer
 * (up to IDEMPOTENCY_WAIT_MS, then 409).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  /** Atomic runs in this process by key: a repeat here waits for the first instead of racing it. */
  private readonly running = new Map<string, Promise<unknown>>();

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
    const call: Call = { req, res: context.switchToHttp().getResponse<Response>(), next, secrets };
    if (this.reflector.get<boolean | undefined>(ATOMIC, context.getHandler()))
      return from(this.runAtomic(call, this.scopeOf(req, raw)));
    return from(this.run(call, this.scopeOf(req, raw)));
  }

  private scopeOf(req: Req, raw: string | string[]): IdempotencyScope {
    if (Array.isArray(raw) || !KEY.test(raw)) {
      throw problem(400, 'validation', 'Idempotency-Key must be one header of 1–255 visible ASCII characters', {
        errors: [{ path: 'header.Idempotency-Key', message: '1–255 visible ASCII characters' }],
      });
    }
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.originalUrl.split('?')[0]}\n${canonicalJson(req.body ?? null)}`)
      .digest('hex');
    return { keyId: req.principal!.keyId, key: raw, fingerprint };
  }

  /** The answer a taken key gives: its stored reply (flagged), 422 for another body, 409 while in flight. */
  private answer(res: Response, outcome: Exclude<BeginOutcome, { kind: 'started' }>): unknown {
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
    res.status(outcome.response.status);
    for (const [k, v] of Object.entries(outcome.response.headers)) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    return outcome.response.body;
  }

  private async run({ req, res, next, secrets }: Call, scope: IdempotencyScope): Promise<unknown> {
    const outcome = await this.begin(scope);
    if (outcome.kind !== 'started') return this.answer(res, outcome);
    req.idempotency = scope;
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Writes complete their key in their own transaction; anything else is completed here.
      if (!scope.completed) await this.storeReply(scope, res, body, secrets);
      return body;
    } catch (err) {
      await this.repo.release(scope).catch(() => undefined);
      throw err;
    }
  }

  /**
   * An atomic route runs first and asks later: its write inserts the key with the reply, and only
   * when the command fails (a key already taken fails the write, and nothing commits) is the key
   * looked up, to answer the first reply, a 422 for another body, or the command's own error.
   */
  private async runAtomic(call: Call, scope: IdempotencyScope): Promise<unknown> {
    const { res } = call;
    const id = `${scope.keyId}\n${scope.key}`;
    const deadline = Date.now() + this.config.IDEMPOTENCY_WAIT_MS;
    for (let first = this.running.get(id); first; first = this.running.get(id)) {
      // A repeat in this process waits for the first, as the claiming path does, then asks the key.
      const left = deadline - Date.now();
      const settled = await Promise.race([
        first.then(
          () => true,
          () => true,
        ),
        new Promise<false>((r) => setTimeout(() => r(false), Math.max(left, 0))),
      ]);
      if (!settled) return this.answer(res, { kind: 'in_flight' });
      const known = await this.repo.lookup(scope);
      if (known) return this.answer(res, known);
    }
    const mine = this.runAtomicOnce(call, scope);
    this.running.set(id, mine);
    try {
      return await mine;
    } finally {
      if (this.running.get(id) === mine) this.running.delete(id);
    }
  }

  private async runAtomicOnce(call: Call, scope: IdempotencyScope): Promise<unknown> {
    const { req, res, next, secrets } = call;
    req.idempotency = { ...scope, atomic: true };
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Not completed by a write (no atomic route ends so): the key is inserted with the reply now.
      if (!req.idempotency.completed) await this.storeReply(req.idempotency, res, body, secrets);
      return body;
    } catch (err) {
      const known = await this.repo.lookup(scope).catch(() => null);
      // A key taken and gone again by the time it was read (purged, or its holder's row released): retry later.
      if (!known && isKeyTaken(err)) return this.answer(res, { kind: 'in_flight' });
      if (!known) throw err;
      // Held in flight by a claiming run (a process of an earlier version, or one that crashed):
      // take the claiming path, which waits for it or takes a stale claim over.
      if (known.kind === 'in_flight') return this.run(call, { ...scope });
      return this.answer(res, known);
    }
  }

  private async storeReply(scope: IdempotencyScope, res: Response, body: unknown, secrets: string[]): Promise<void> {
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
