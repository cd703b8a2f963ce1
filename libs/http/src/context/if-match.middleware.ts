import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { parseIfMatch } from './if-match.js';

@Injectable()
export class IfMatchMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    try {
      (req as Request & { ifMatch?: number }).ifMatch =
        req.method === 'GET' ? undefined : parseIfMatch(req.headers['if-match']);
      next();
    } catch (err) {
      next(err);
    }
  }
}
