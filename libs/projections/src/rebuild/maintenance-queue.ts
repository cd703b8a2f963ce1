import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { AppConfig } from '@app/config';
import { redisOptions } from '@app/runtime';

export const MAINTENANCE_QUEUE = 'maintenance';

export interface RebuildJob {
  /** Set when the admin endpoint or CLI already recorded the rebuild; the scheduler leaves it out. */
  rebuildId?: string;
  projection: string;
  trigger: 'admin' | 'schedule' | 'cli';
}

/** BullMQ connection settings from REDIS_URL (blocking workers need maxRetriesPerRequest: null). */
export function bullConnection(config: AppConfig, extra: Record<string, unknown> = {}): ConnectionOptions {
  return { ...redisOptions(config.REDIS_URL), maxRetriesPerRequest: null, ...extra } as ConnectionOptions;
}

export function createMaintenanceQueue(config: AppConfig): Queue {
  return new Queue(MAINTENANCE_QUEUE, {
    // Fail fast when Redis is down rather than queueing the command in memory.
    connection: bullConnection(config, { enableOfflineQueue: false }),
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: { removeOnComplete: 100, removeOnFail: 500, attempts: 1 },
  });
}

export function createMaintenanceWorker(config: AppConfig, process: (job: Job<RebuildJob>) => Promise<unknown>): Worker {
  // One rebuild at a time per worker process; the rebuild table keeps it to one per projection overall.
  return new Worker(MAINTENANCE_QUEUE, process, { connection: bullConnection(config), prefix: config.QUEUE_PREFIX, concurrency: 1 });
}
