import type { NextFunction, Request, Response } from 'express';
import { problem } from '../problem/problem.js';

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without Host is a 400. Node can check this itself but answers
 * with a bare status line, so the app turns Node's check off and answers here with problem+json.
 */
export function requireHostHeader(req: Request, _res: Response, next: NextFunction): void {
  if (req.httpVersion !== '1.0' && req.headers.host === undefined) {
    return next(
      problem(400, 'validation', 'An HTTP/1.1 request needs a Host header', {
        errors: [{ path: 'header.Host', message: 'required' }],
      }),
    );
  }
  next();
}
