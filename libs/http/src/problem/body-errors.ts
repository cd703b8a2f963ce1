import { isUtf8 } from 'node:buffer';
import { HttpException } from '@nestjs/common';
import type { Request } from 'express';
import { problem, type ProblemException } from './problem.js';

export const JSON_BODY_LIMIT = '256kb';
/** No body of this API nests deeper than a few levels; deeper JSON only endangers recursive walkers. */
export const JSON_MAX_DEPTH = 32;

interface BodyReadError {
  type?: string;
  code?: string;
  message?: string;
  encoding?: string;
  charset?: string;
  depth?: number;
}

/** What went wrong reading a body, as body-parser reports it (Nest wraps it, keeping it as `cause`). */
function bodyReadError(exception: unknown): BodyReadError | undefined {
  const err = (exception instanceof HttpException ? exception.cause : exception) as BodyReadError | undefined;
  return err && typeof err === 'object' ? err : undefined;
}

// Decompression errors reach us as body-parser's 400s; network errors also carry codes, never these.
const isZlibError = (e: BodyReadError & { status?: number }) =>
  e.status === 400 && /^(Z_|ERR_BROTLI|ERR_ZSTD|ERR__ERROR)/.test(e.code ?? '');

/**
 * The problem for a body that could not be read, naming what the client sent wrong; undefined
 * when the exception did not come from reading the body.
 */
export function bodyReadProblem(exception: unknown, req: Request): ProblemException | undefined {
  const err = bodyReadError(exception);
  if (!err) return undefined;
  const body = (message: string) => ({ errors: [{ path: '(body)', message }] });
  const headerError = (name: string, message: string) => ({ errors: [{ path: `header.${name}`, message }] });
  switch (err.type) {
    case 'entity.parse.failed':
      return problem(400, 'malformed-json', `The body is not valid JSON: ${err.message}`, body('malformed JSON'));
    case 'entity.too.large':
      return problem(
        413,
        'too-large',
        `The body exceeds ${JSON_BODY_LIMIT.replace('kb', ' KiB')}`,
        body(`larger than ${JSON_BODY_LIMIT}`),
      );
    case 'body.invalid-utf8':
      return problem(400, 'malformed-json', 'The body is not valid UTF-8', body('invalid UTF-8 byte sequence'));
    case 'body.too-deep':
      return problem(
        400,
        'malformed-json',
        `The body nests deeper than ${JSON_MAX_DEPTH} levels`,
        body(`nested more than ${JSON_MAX_DEPTH} levels`),
      );
    case 'encoding.unsupported':
      return problem(
        415,
        'unsupported-encoding',
        `Content-Encoding "${err.encoding}" is not supported: send gzip, deflate, br or identity`,
        headerError('Content-Encoding', 'unsupported'),
      );
    case 'charset.unsupported':
      return problem(
        415,
        'unsupported-charset',
        `charset "${err.charset}" is not supported: JSON bodies are UTF-8`,
        headerError('Content-Type', 'charset must be utf-8'),
      );
    case 'request.size.invalid':
      return problem(
        400,
        'length-mismatch',
        'The body is not as long as its Content-Length says',
        headerError('Content-Length', 'does not match the body'),
      );
    case 'request.aborted':
      return problem(400, 'aborted', 'The request body ended before it was complete', body('incomplete'));
  }
  if (isZlibError(err)) {
    const encoding = String(req.headers['content-encoding'] ?? 'compressed');
    const why = err.message && !/^Bad Request$/i.test(err.message) ? `: ${err.message}` : '';
    return problem(
      400,
      'bad-encoding',
      `The body is not valid ${encoding} data${why}`,
      headerError('Content-Encoding', `body is not ${encoding}`),
    );
  }
  return undefined;
}

/** A body-parser `verify` failure that keeps its status and names itself by `type`. */
function rejectBody(type: string, status = 400, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(type), { type, status, statusCode: status, expose: true, ...extra });
}

/** JSON nesting depth of raw bytes (brackets inside strings ignored). */
function depthExceeds(buf: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * body-parser `verify` for JSON bodies: UTF-8 only (RFC 8259 §8.1; other bytes would be stored as
 * U+FFFD), and no deeper than JSON_MAX_DEPTH, before anything parses or walks the body.
 */
export function verifyJsonBody(_req: unknown, _res: unknown, buf: Buffer, encoding: string | null): void {
  if (encoding && !/^utf-?8$/i.test(encoding)) throw rejectBody('charset.unsupported', 415, { charset: encoding });
  if (!isUtf8(buf)) throw rejectBody('body.invalid-utf8');
  if (depthExceeds(buf, JSON_MAX_DEPTH)) throw rejectBody('body.too-deep');
}
