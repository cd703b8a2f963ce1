import type { ConnectionOptions } from 'bullmq';
import type { AppConfig } from '@app/config';
import { bullConnectionFor } from './redis.js';

/**
 * BullMQ connection from REDIS_URL (blocking workers need maxRetriesPerRequest: null): options
 * for one Redis, a Cluster instance for a cluster (pass it to withOwnedConnection with its user).
 * Here, in runtime, so the maintenance queue (projections) and the workflows (corroboration) share
 * it without one importing the other.
 */
export function bullConnection(config: AppConfig, extra: Record<string, unknown> = {}): ConnectionOptions {
  return bullConnectionFor(config.REDIS_URL, extra) as ConnectionOptions;
}
