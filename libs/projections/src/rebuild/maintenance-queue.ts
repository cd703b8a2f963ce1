import { Queue, Worker, type Job } from 'bullmq';
import { type AppConfig, assertEveryJobHasProcessor, JOBS, QUEUES } from '@app/config';
import { bullConnection, withOwnedConnection } from '@app/runtime';

export interface RebuildJob {
  /** Set when the admin endpoint or CLI already recorded the rebuild; the scheduler leaves it out. */
  rebuildId?: string;
  projection: string;
  trigger: 'admin' | 'schedule' | 'cli';
}

export function createMaintenanceQueue(config: AppConfig): Queue {
  // Fail fast when Redis is down rather than queueing the command in memory.
  const connection = bullConnection(config, { enableOfflineQueue: false });
  const queue = new Queue(QUEUES.maintenance, {
    connection,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: { removeOnComplete: 100, removeOnFail: 500, attempts: 1 },
  });
  return withOwnedConnection(queue, connection);
}

export function createMaintenanceWorker(
  config: AppConfig,
  process: (job: Job<RebuildJob>) => Promise<unknown>,
): Worker {
  // MAINTENANCE_CONCURRENCY rebuilds at a time per worker process; the rebuild table keeps it to
  // one per projection overall.
  // Its one processor takes every job as a rebuild.
  assertEveryJobHasProcessor({ [QUEUES.maintenance]: [JOBS.rebuild] });
  const connection = bullConnection(config);
  const worker = new Worker(QUEUES.maintenance, process, {
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.MAINTENANCE_CONCURRENCY,
  });
  return withOwnedConnection(worker, connection);
}
