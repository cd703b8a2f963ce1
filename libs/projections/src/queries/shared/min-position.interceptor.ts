import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { problem } from '@app/http';
import { PositionWaiter } from '../../runner/position-waiter.js';

/** `?minPosition=n` on any read: wait until every read model has applied n, else 503. */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(@Inject(PositionWaiter) private readonly waiter: PositionWaiter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const raw = req.method === 'GET' ? req.query?.minPosition : undefined;
    if (raw === undefined) return next.handle();
    if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
      throw problem(400, 'validation', 'minPosition must be a non-negative integer', {
        errors: [{ path: 'minPosition', message: 'expected an integer ≥ 0' }],
      });
    }
    return from(this.waiter.wait(Number(raw), Number(process.env.MIN_POSITION_WAIT_MS ?? 5000))).pipe(
      switchMap((ok) => {
        if (!ok)
          throw problem(503, 'not-yet-applied', `The read models have not applied position ${raw} yet`, {
            headers: { 'Retry-After': '1' },
          });
        return next.handle();
      }),
    );
  }
}
