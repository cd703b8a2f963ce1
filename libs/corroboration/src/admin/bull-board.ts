import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';

export interface AdminCheck {
  /** Resolves the role of an API key, or null. */
  roleOf(key: string): Promise<string | null>;
}

/** bull-board at `path`, for admin keys only: Bearer, or Basic with the key as password (browsers). */
export function mountBullBoard(app: { use: (...args: any[]) => unknown }, path: string, queues: Queue[], admin: AdminCheck): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(path);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const h = req.header('authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(h)?.[1];
    const basic = /^Basic\s+(\S+)$/i.exec(h)?.[1];
    const key = bearer ?? (basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined);
    const role = key ? await admin.roleOf(key).catch(() => null) : null;
    if (role === 'admin') return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="claimtrail queues"');
    res.status(key ? 403 : 401).type('application/problem+json').send(
      JSON.stringify({ type: 'https://claimtrail.dev/problems/unauthorized', title: key ? 'Forbidden' : 'Unauthorized', status: key ? 403 : 401, detail: 'bull-board needs an admin key' }),
    );
  };
  app.use(path, guard, serverAdapter.getRouter());
}

export const sameSecret = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);
