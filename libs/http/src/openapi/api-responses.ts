import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { PROBLEM_MEDIA_TYPE } from './problem.schema.js';
import { AtomicIdempotency } from '../idempotency/idempotency.interceptor.js';
import { WriteResponse } from './write.response.js';

// Decorators that make the OpenAPI document say everything an operation can answer: its success
// body (from the same zod schema the handler's return type is inferred from) and each error
// status, all with the one Problem schema. The conformance test (test/contract) holds the
// document to what the e2e suites actually receive.

export const PROBLEM_REF = '#/components/schemas/Problem';

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } };

/** What each status means on this API, for the statuses every route of a kind shares. */
const DEFAULT_PROBLEMS: Record<number, string> = {
  400: 'Bad input (body, path, query or header), each offending field named in errors[].path',
  401: 'No valid API key (Authorization: Bearer <key>)',
  403: "The key's role may not make this call",
  404: 'Unknown id in the path',
  409: 'Conflicts with the current state, or a request with this Idempotency-Key is still being processed',
  412: 'If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is)',
  413: 'The body is too large',
  415: 'Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported',
  422: 'An unknown id or name in the body, a rule of the domain, or an Idempotency-Key reused with another body',
  429: 'Over the rate limit of this key (Retry-After)',
  503:
    'Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): ' +
    'retry after Retry-After',
};

/** One problem+json answer; `description` says what it means on this operation. */
export function ApiProblem(status: number, description = DEFAULT_PROBLEMS[status] ?? 'Error') {
  return ApiResponse({
    status,
    description,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: PROBLEM_REF } } },
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
  });
}

/** Problem answers by status: a number takes the default meaning, an entry its own. */
export function ApiProblems(...problems: Array<number | [number, string]>) {
  return applyDecorators(...problems.map((p) => (Array.isArray(p) ? ApiProblem(p[0], p[1]) : ApiProblem(p))));
}

/** A JSON success answer whose body is `schema`. */
export function ApiAnswer(
  status: number,
  schema: z.ZodType,
  description: string,
  headers?: Record<string, { description: string; schema: object }>,
) {
  return ApiResponse({ status, description, standardSchema: schema, ...(headers ? { headers } : {}) });
}

/** Statuses every authenticated route can answer: bad input, no key, rate limit, unavailable. */
const AUTHENTICATED = [400, 401, 429, 503];

const forbiddenFor = (role: Role | undefined) => (role && role !== 'reporter' ? [403] : []);

/** The optional Idempotency-Key every POST accepts. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
  });

/** What every POST's document names: who may call it, and what 409 and 422 mean on it. */
interface PostMeanings {
  /** The least role (403 for keys below it). */
  role: Role;
  /** What 409 means here besides an Idempotency-Key in flight. */
  conflict?: string;
  /** What 422 means here besides a reused Idempotency-Key. */
  unprocessable?: string;
}

/** The 409 and 422 every POST can answer (its Idempotency-Key), with what they also mean on it. */
const idempotencyProblems = (doc: PostMeanings): Array<[number, string]> => [
  [409, `${doc.conflict ? `${doc.conflict}; or a` : 'A'} request with this Idempotency-Key is still being processed`],
  [422, `${doc.unprocessable ? `${doc.unprocessable}; or an` : 'An'} Idempotency-Key reused with another body`],
];

export interface WriteDoc extends PostMeanings {
  /** Meaning of 404 (an unknown id in the path); omitted when the path has no id. */
  notFound?: string;
  /** The answer's status; 201 for every stream write. */
  status?: number;
}

/**
 * A stream write (docs/API.md "Writes"): 201 with the WriteResponse and its ETag, optional
 * Idempotency-Key and If-Match, and every error a write can answer.
 */
export function ApiWrite(doc: WriteDoc) {
  return applyDecorators(
    AtomicIdempotency(),
    ApiIdempotencyKey(),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The stream version the write expects, e.g. "3": 412 when the stream has moved on',
      schema: { type: 'string', maxLength: 40 },
    }),
    ApiAnswer(doc.status ?? 201, WriteResponse, 'Recorded', {
      ETag: { description: 'The stream version, quoted: "<version>"', schema: { type: 'string' } },
    }),
    ApiProblems(
      ...AUTHENTICATED,
      ...forbiddenFor(doc.role),
      ...(doc.notFound ? [[404, doc.notFound] as [number, string]] : []),
      ...idempotencyProblems(doc),
      412,
      413,
      415,
    ),
  );
}

export interface PostDoc extends PostMeanings {
  /** Statuses whose meaning here is not the one above (a 400 naming a missing file, …). */
  problems?: Array<[number, string]>;
}

/**
 * A POST that records no stream event (a key, a job, a park): `status` with `schema`, the optional
 * Idempotency-Key, and every error such a POST can answer.
 */
export function ApiPost(status: number, schema: z.ZodType, description: string, doc: PostDoc) {
  const own = new Map(doc.problems);
  const problems = [...AUTHENTICATED, ...forbiddenFor(doc.role), ...idempotencyProblems(doc), 413, 415].map(
    (p): number | [number, string] => {
      const code = Array.isArray(p) ? p[0] : p;
      return own.has(code) ? [code, own.get(code)!] : p;
    },
  );
  return applyDecorators(ApiIdempotencyKey(), ApiAnswer(status, schema, description), ApiProblems(...problems));
}

export interface ReadDoc {
  role?: Role;
  notFound?: string;
  unprocessable?: string;
  /**
   * Declare `minPosition` here: for routes whose query schema does not name it (the interceptor
   * accepts it on every GET).
   */
  minPosition?: boolean;
}

/** `minPosition` for reads whose query schema does not name it (the interceptor takes it on every GET). */
export const ApiMinPosition = () =>
  ApiQuery({
    name: 'minPosition',
    required: false,
    description: 'Wait (up to a few seconds) until every read model has applied this position, else 503',
    schema: { type: 'integer', minimum: 0, maximum: 999_999_999_999_999 },
  });

/** A read: 200 with `schema`, and the errors reads answer. */
export function ApiRead(schema: z.ZodType, description: string, doc: ReadDoc = {}) {
  return applyDecorators(
    ...(doc.minPosition ? [ApiMinPosition()] : []),
    ApiAnswer(200, schema, description),
    ApiProblems(
      ...AUTHENTICATED,
      ...forbiddenFor(doc.role),
      ...(doc.notFound ? [[404, doc.notFound] as [number, string]] : []),
      ...(doc.unprocessable ? [[422, doc.unprocessable] as [number, string]] : []),
    ),
  );
}
