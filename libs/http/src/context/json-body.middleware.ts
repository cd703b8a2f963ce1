import type { NextFunction, Request, Response } from 'express';
import { problem } from '../problem/problem.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** The request carries a body (announced by its headers; it may not have arrived yet). */
export const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/**
 * A write whose body the JSON parser left alone (another media type, or none named) is 415 naming
 * Content-Type, rather than a validation error that the body is missing. Multipart bodies are left
 * to the routes that take uploads.
 */
export function requireJsonBodies(req: Request, _res: Response, next: NextFunction): void {
  const type = req.headers['content-type'];
  if (!WRITES.has(req.method) || req.body !== undefined || !hasBody(req) || /^multipart\/form-data/i.test(type ?? ''))
    return next();
  next(
    problem(
      415,
      'unsupported-media-type',
      `Content-Type ${type ? `"${type}"` : '(none)'} is not accepted: ` +
        'send application/json (uploads: multipart/form-data)',
      {
        errors: [{ path: 'header.Content-Type', message: 'expected application/json or multipart/form-data' }],
      },
    ),
  );
}
