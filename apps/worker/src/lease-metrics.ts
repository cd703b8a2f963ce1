import { Counter, Gauge } from 'prom-client';
import type { LeaseEvent } from '@app/event-store';

const held = new Gauge({
  name: 'claimtrail_follower_lease_held',
  help: '1 while this worker holds the follower lease',
  labelNames: ['follower'],
});
const events = new Counter({
  name: 'claimtrail_follower_lease_events_total',
  help: 'Lease acquisitions, losses, releases and refused batches',
  labelNames: ['follower', 'event'],
});
const batches = new Counter({
  name: 'claimtrail_follower_batches_total',
  help: 'Batches a follower committed in this worker',
  labelNames: ['follower'],
});

/** Which singleton followers this worker runs, and how often they move (for dashboards and alerts). */
export const leaseMetrics = {
  event(event: LeaseEvent, follower: string): void {
    events.inc({ follower, event });
    if (event === 'acquired') held.set({ follower }, 1);
    else if (event === 'lost' || event === 'released') held.set({ follower }, 0);
  },
  committed(follower: string): void {
    batches.inc({ follower });
  },
};
