import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  RuleViolation,
  StaleVersionError,
} from '@app/domain';
import { ConcurrencyError, IdempotencyConflictError } from '@app/event-store';
import { problem, type ProblemBody, ProblemException, PROBLEM_BASE, titleFor } from './problem.js';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08001', '08004']);

/** Every error leaves as RFC 9457 problem+json; a 500 is logged as the bug it is. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const p = this.toProblem(exception, req);
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(p.headers)) res.setHeader(k, v);
    res.status(p.problem.status).type('application/problem+json').send(JSON.stringify({ ...p.problem, instance: req.originalUrl }));
  }

  toProblem(exception: unknown, req: Request): ProblemException {
    if (exception instanceof ProblemException) return exception;
    if (exception instanceof StaleVersionError) {
      return problem(412, 'stale-version', `If-Match named version ${exception.expected}; the stream is at ${exception.actual}`, {
        currentVersion: exception.actual,
        headers: { ETag: `"${exception.actual}"` },
      });
    }
    if (exception instanceof RuleViolation) {
      return problem(422, 'rule-violation', exception.message, { errors: [{ path: exception.path, message: exception.message }] });
    }
    if (exception instanceof NotFoundError) {
      // An unknown id in the body is 422 naming the field; an unknown id in the path is 404.
      if (exception.field) {
        return problem(422, 'unknown-reference', exception.message, { errors: [{ path: exception.field, message: exception.message }] });
      }
      return problem(404, 'not-found', exception.message);
    }
    if (exception instanceof ConflictError) {
      return problem(409, `conflict/${exception.code}`, exception.message, { code: exception.code, ...(exception.details ?? {}) });
    }
    if (exception instanceof DomainError) return problem(422, 'domain', exception.message);
    if (exception instanceof IdempotencyConflictError) {
      return problem(409, 'conflict/already_exists', 'An entity with this id was already recorded with other content');
    }
    if (exception instanceof ConcurrencyError) {
      return problem(503, 'contention', 'The stream is under heavy concurrent change; retry shortly', { headers: { 'Retry-After': '1' } });
    }
    const bodyParser = exception as { type?: string; status?: number; message?: string };
    const cause = (exception as { cause?: { type?: string } })?.cause;
    if (bodyParser?.type === 'entity.parse.failed' || cause?.type === 'entity.parse.failed' || (exception instanceof HttpException && /JSON/.test(exception.message) && exception.getStatus() === 400)) {
      return problem(400, 'malformed-json', `The body is not valid JSON: ${(exception as Error).message}`, { errors: [{ path: '(body)', message: 'malformed JSON' }] });
    }
    if (exception instanceof HttpException && exception.getStatus() === 413) return problem(413, 'too-large', 'The body exceeds 256 KiB');
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    if (bodyParser?.type === 'entity.parse.failed') return problem(400, 'malformed-json', 'The body is not valid JSON');
    if (bodyParser?.type === 'entity.too.large') return problem(413, 'too-large', 'The body exceeds 256 KiB');
    if (bodyParser?.type === 'encoding.unsupported' || bodyParser?.type === 'charset.unsupported') {
      return problem(415, 'unsupported-encoding', bodyParser.message ?? 'Unsupported encoding');
    }
    if (typeof bodyParser?.status === 'number' && bodyParser.status >= 400 && bodyParser.status < 500) {
      return problem(bodyParser.status, 'bad-request', bodyParser.message ?? 'Bad request');
    }
    const code = (exception as { code?: string })?.code;
    if (code && (UNAVAILABLE_CODES.has(code) || /timeout exceeded when trying to connect|Connection terminated/i.test(String((exception as Error).message)))) {
      return problem(503, 'unavailable', 'The database is unavailable; retry shortly', { headers: { 'Retry-After': '2' } });
    }
    if (code === '40P01' || code === '55P03' || code === '40001') {
      return problem(503, 'busy', 'The request collided with maintenance on the read models; retry shortly', { headers: { 'Retry-After': '1' } });
    }
    if (code === '57014') return problem(503, 'timeout', 'The request took too long; retry shortly', { headers: { 'Retry-After': '2' } });
    this.logger.error({ err: exception, url: req.originalUrl }, 'unhandled error');
    return problem(500, 'internal', 'An unexpected error occurred; it has been logged');
  }

  private fromHttpException(e: HttpException): ProblemException {
    const status = e.getStatus();
    const body = e.getResponse() as string | { message?: string | string[] };
    const message = typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? e.message);
    const p: ProblemBody = { type: `${PROBLEM_BASE}http-${status}`, title: titleFor(status), status, detail: message };
    if (status === 404 && /^Cannot (GET|POST|PUT|DELETE|PATCH)/.test(message)) p.detail = 'No such resource';
    return new ProblemException(p);
  }
}
