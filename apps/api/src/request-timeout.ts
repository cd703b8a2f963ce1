import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_BASE, titleFor } from '@app/http';

/** Uploads stream a whole file before they answer (202); their time is the client's network, not ours. */
const EXEMPT = [{ method: 'POST', path: /^\/v1\/admin\/imports\/?$/ }];

/**
 * REQUEST_TIMEOUT_MS: a request not answered in time gets 503 problem+json with Retry-After, so
 * a client never waits on a stuck database (lock, exhausted pool) longer than that. The work is
 * not cancelled: a write may still commit after the 503, and its Idempotency-Key then holds its
 * 201 — a client retries with the same key and gets the one outcome. A response already
 * streaming (exports) is left alone: it is making progress.
 */
export function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (ms <= 0 || EXEMPT.some((e) => e.method === req.method && e.path.test(req.path))) return next();
    const timer = setTimeout(() => {
      if (res.headersSent || res.writableEnded) return;
      const body = JSON.stringify({
        type: `${PROBLEM_BASE}request-timeout`,
        title: titleFor(503),
        status: 503,
        detail:
          `The request was not answered within ${ms} ms; retry shortly (with the same Idempotency-Key for a write: ` +
          `it may have been recorded)`,
        instance: req.originalUrl,
      });
      res
        .status(503)
        .set({ 'Content-Type': 'application/problem+json', 'Retry-After': '2', 'Cache-Control': 'no-store' })
        .end(body);
      // The handler carries on; its late answer (headers, body) is dropped quietly instead of
      // failing with ERR_HTTP_HEADERS_SENT and being logged as an unhandled error.
      const drop = () => res;
      Object.assign(res, { setHeader: drop, json: drop, send: drop, end: drop });
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

/** Node's own limits, kept consistent with it: headers must arrive within the request timeout too. */
export function applyServerTimeouts(server: Server, ms: number): void {
  if (ms <= 0) return;
  server.headersTimeout = Math.min(server.headersTimeout || 60_000, ms);
  if (server.requestTimeout > 0 && server.requestTimeout < server.headersTimeout)
    server.requestTimeout = server.headersTimeout;
}
