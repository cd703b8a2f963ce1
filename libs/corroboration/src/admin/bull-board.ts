import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { problem, type ProblemException } from '@app/http';

export interface AdminCheck {
  /** Resolves the role of an API key, or null. */
  roleOf(key: string): Promise<string | null>;
}

/** bull-board at `path`, for admin keys only: Bearer, or Basic with the key as password (browsers). */
export function mountBullBoard(
  app: { use: (...args: any[]) => unknown },
  path: string,
  queues: Queue[],
  admin: AdminCheck,
): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(path);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const h = req.header('authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(h)?.[1];
    const basic = /^Basic\s+(\S+)$/i.exec(h)?.[1];
    const key =
      bearer ?? (basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined);
    let role: string | null = null;
    try {
      role = key ? await admin.roleOf(key) : null;
    } catch {
      // Not the key's fault: saying 401 or 403 would send the admin hunting for a bad key.
      return send(
        res,
        problem(503, 'unavailable', 'The API key cannot be checked now; retry shortly', {
          headers: { 'Retry-After': '2' },
        }),
      );
    }
    if (role === 'admin') return next();
    // As the API's AuthGuard: no key, or one that resolves to nothing (unknown, revoked), is 401.
    if (!role) {
      const detail = key
        ? 'Unknown or revoked API key'
        : 'bull-board needs an admin key: "Authorization: Bearer <key>", or Basic with the key as password';
      // Bearer first, as the API's; Basic too, so a browser prompts for the key.
      res.setHeader('WWW-Authenticate', ['Bearer', 'Basic realm="claimtrail queues"']);
      return send(res, problem(401, 'unauthorized', detail));
    }
    return send(res, problem(403, 'forbidden', `bull-board needs the admin role; the key has ${role}`));
  };
  const board = serverAdapter.getRouter();
  // bull-board is an express app of its own, which would add X-Powered-By to its answers.
  board.disable('x-powered-by');
  app.use(path, guard, board);
}

/** Renders a problem here, outside Nest's exception filter. */
function send(res: Response, err: ProblemException): void {
  for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
  res.status(err.problem.status).type('application/problem+json').send(JSON.stringify(err.problem));
}

export const sameSecret = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);
