import { Counter, Gauge } from 'prom-client';
import type { FollowerFailure } from '@app/event-store';

const failures = new Counter({
  name: 'claimtrail_projection_event_failures_total',
  help: 'Attempts of a read model to apply an event that failed (it retries until the event is parked or fixed)',
  labelNames: ['projection'],
});
const failing = new Gauge({
  name: 'claimtrail_projection_failing_position',
  help: 'Position of the event a read model is stopped at (0 while it moves)',
  labelNames: ['projection'],
});

/** Counts a failure at once and says so at error level; the first time on a position, and every 100th attempt after. */
export function projectionFailed(
  projection: string,
  failure: FollowerFailure,
  first: boolean,
  logError: (msg: string, fields: Record<string, unknown>) => void,
): void {
  failures.inc({ projection });
  failing.set({ projection }, failure.position);
  if (first || failure.attempts % 100 === 0)
    logError(
      `projection ${projection} is stopped at position ${failure.position} ` +
        `(${failure.type ?? 'event'} ${failure.eventId}): ${failure.error}`,
      {
        alarm: 'projection-stopped',
        projection,
        position: failure.position,
        eventId: failure.eventId,
        eventType: failure.type,
        error: failure.error,
        attempts: failure.attempts,
        since: failure.since.toISOString(),
        remedy: `fix the event's cause or park it: npm run cli -- park ${projection} ${failure.eventId} --reason "..."`,
      },
    );
}

/** The read model moved: no longer stopped. */
export function projectionMoved(projection: string): void {
  failing.set({ projection }, 0);
}
