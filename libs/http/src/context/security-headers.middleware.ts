import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet): nosniff, no referrer, no framing, and a
 * Content-Security-Policy of this origin only — the machines the app runs on have no internet, and
 * nothing it serves (Swagger UI, bull-board, the console) may load code from elsewhere. Inline
 * styles stay allowed because Swagger UI and bull-board set style attributes; scripts do not.
 * No upgrade-insecure-requests: the API is often served over plain http on a private network,
 * where upgrading sub-resources to https would break the pages.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Answers under /v1 and /admin are per key (and the key-creation answer carries a secret): no
 * browser, proxy or CDN may keep them.
 */
export function noStoreForAuthenticated(req: Request, res: Response, next: NextFunction): void {
  if (/^\/(v1|admin)(\/|$)/.test(req.path)) res.setHeader('Cache-Control', 'no-store');
  next();
}
