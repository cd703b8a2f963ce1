import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

type WithCorrelation = Request & { correlationId?: string };

/** Every request gets a correlation id (the client's, when sane), echoed back and stored on events. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  // The app mounts this ahead of body parsing too (so body errors carry the id); assign once.
  if (!(req as WithCorrelation).correlationId) {
    const given = req.header('x-correlation-id');
    const id = given && VALID.test(given) ? given : randomUUID();
    (req as WithCorrelation).correlationId = id;
    res.setHeader('X-Correlation-Id', id);
  }
  next();
}
