import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
  Logger,
  Optional,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConcurrencyError, IdempotencyConflictError } from '@app/event-store';
import { bodyReadProblem } from './body-errors.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { problem, type ProblemBody, ProblemException, PROBLEM_BASE, titleFor } from './problem.js';

/**
 * Turns an error of a layer above this one (the domain's errors: apps/api/src/http/domain-problems.ts)
 * into a problem, or passes (undefined). libs/http may not import the domain, so the API app hands
 * these in through HttpModule.forRoot({ problems }).
 */
export type ProblemTranslator = (exception: unknown) => ProblemException | undefined;
export const PROBLEM_TRANSLATORS = Symbol('PROBLEM_TRANSLATORS');

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** Every error leaves as RFC 9457 problem+json; a 500 is logged as the bug it is. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(@Optional() @Inject(PROBLEM_TRANSLATORS) private readonly translators: ProblemTranslator[] = []) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const p = this.toProblem(exception, req);
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(p.headers)) res.setHeader(k, v);
    res
      .status(p.problem.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...p.problem, instance: req.originalUrl }));
  }

  toProblem(exception: unknown, req: Request): ProblemException {
    if (exception instanceof ProblemException) return exception;
    for (const translate of this.translators ?? []) {
      const translated = translate(exception);
      if (translated) return translated;
    }
    if (exception instanceof IdempotencyConflictError) {
      return problem(409, 'conflict/already_exists', 'An entity with this id was already recorded with other content');
    }
    if (exception instanceof ConcurrencyError) {
      return problem(503, 'contention', 'The stream is under heavy concurrent change; retry shortly', {
        headers: { 'Retry-After': '1' },
      });
    }
    const unreadable = bodyReadProblem(exception, req);
    if (unreadable) return unreadable;
    if (exception instanceof HttpException && exception.cause instanceof URIError) {
      return problem(400, 'malformed-path', `The path is not valid percent-encoded UTF-8: ${exception.cause.message}`, {
        errors: [{ path: 'path', message: exception.cause.message }],
      });
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    const other = exception as { status?: number; message?: string };
    if (typeof other?.status === 'number' && other.status >= 400 && other.status < 500) {
      return problem(other.status, 'bad-request', other.message ?? 'Bad request');
    }
    const code = (exception as { code?: string })?.code;
    if ((code && UNAVAILABLE_CODES.has(code)) || isDatabaseUnavailable(exception)) {
      return problem(503, 'unavailable', 'The database is unavailable; retry shortly', {
        headers: { 'Retry-After': '2' },
      });
    }
    if (code === '40P01' || code === '55P03' || code === '40001') {
      return problem(503, 'busy', 'The request collided with maintenance on the read models; retry shortly', {
        headers: { 'Retry-After': '1' },
      });
    }
    if (code === '57014')
      return problem(503, 'timeout', 'The request took too long; retry shortly', { headers: { 'Retry-After': '2' } });
    this.logger.error({ err: exception, url: req.originalUrl }, 'unhandled error');
    return problem(500, 'internal', 'An unexpected error occurred; it has been logged');
  }

  private fromHttpException(e: HttpException): ProblemException {
    const status = e.getStatus();
    const body = e.getResponse() as string | { message?: string | string[] };
    const message =
      typeof body === 'string'
        ? body
        : Array.isArray(body.message)
          ? body.message.join('; ')
          : (body.message ?? e.message);
    const p: ProblemBody = { type: `${PROBLEM_BASE}http-${status}`, title: titleFor(status), status, detail: message };
    if (status === 404 && /^Cannot [A-Z]+ /.test(message)) p.detail = 'No such resource';
    return new ProblemException(p);
  }
}
