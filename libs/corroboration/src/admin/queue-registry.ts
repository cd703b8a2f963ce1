import { Queue } from 'bullmq';
import type { AppConfig } from '@app/config';
import { bullConnection, MAINTENANCE_QUEUE } from '@app/projections';
import { withOwnedConnection } from '@app/runtime';
import { QUEUES } from '../flow/queues.js';

export const ALL_QUEUES = [QUEUES.corroboration, QUEUES.reviews, MAINTENANCE_QUEUE] as const;

/** Read-only handles on every queue for the API (admin listings, bull-board, depth metrics). */
export function openQueues(config: AppConfig): Queue[] {
  return ALL_QUEUES.map((name) => {
    const connection = bullConnection(config, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const q = withOwnedConnection(new Queue(name, { connection, prefix: config.QUEUE_PREFIX }), connection);
    q.on('error', () => undefined);
    return q;
  });
}
