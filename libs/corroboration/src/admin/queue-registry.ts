import { Queue } from 'bullmq';
import { type AppConfig, QUEUES } from '@app/config';
import { bullConnection, withOwnedConnection } from '@app/runtime';

/** Read-only handles on every queue for the API (admin listings, bull-board, depth metrics). */
export function openQueues(config: AppConfig): Queue[] {
  return Object.values(QUEUES).map((name) => {
    const connection = bullConnection(config, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const q = withOwnedConnection(new Queue(name, { connection, prefix: config.QUEUE_PREFIX }), connection);
    q.on('error', () => undefined);
    return q;
  });
}
