import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

// The analyst console (apps/console, built by Vite into dist/console by `npm start`/scripts/build.mjs)
// is served by the API process under /console/, so it shares the API's origin: its CSP is 'self'
// only and its calls need no CORS. The console talks to the public /v1 API like any client.

/** The repository root: the nearest folder above this file with a package.json (source or dist/ alike). */
function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const CONSOLE_DIR = path.join(repositoryRoot(), 'dist', 'console');
const PREFIX = '/console';

/**
 * `GET /` redirects to /console/. Hashed assets (/console/assets/*, names change with their content)
 * are cached for a year, immutable; index.html is revalidated on every load so a new build is
 * picked up. Any other /console/ path is a page of the single-page app: index.html, so a link to
 * /console/incidents/<id> opens that page. Without a build the pages are 404 with a hint.
 */
export function serveConsole(app: NestExpressApplication, dir = CONSOLE_DIR): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/' && (req.method === 'GET' || req.method === 'HEAD')) return res.redirect(302, `${PREFIX}/`);
    if (req.path === PREFIX && (req.method === 'GET' || req.method === 'HEAD')) return res.redirect(301, `${PREFIX}/`);
    next();
  });
  app.useStaticAssets(path.join(dir, 'assets'), {
    prefix: `${PREFIX}/assets/`,
    immutable: true,
    maxAge: '365d',
    index: false,
    fallthrough: true,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith(`${PREFIX}/`)) return next();
    // A missing asset is a 404, not the app's page (a stale tab asking for an old chunk must fail visibly).
    if (req.path.startsWith(`${PREFIX}/assets/`)) return next();
    const file = /^\/console\/[\w.-]+\.(png|svg|ico|txt)$/.test(req.path)
      ? req.path.slice(PREFIX.length)
      : '/index.html';
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      if (file !== '/index.html') return next();
      res.status(404).type('text/plain').send('The console is not built: run `npm start` (or `npm run build`).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(full);
  });
}
