// Removing what a test left in the shared Redis: one place for every suite.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES } from '@app/config';

/** Removes every key of a test prefix (SCAN, not KEYS). */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const u = new URL(redisUrl);
  const r = new Redis({
    host: u.hostname,
    port: Number(u.port || 6379),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

/** Drops the maintenance queue (rebuild jobs) a test app created under its prefix. */
export async function obliterateMaintenanceQueue(prefix: string): Promise<void> {
  const q = new Queue(QUEUES.maintenance, { connection: { host: '127.0.0.1', port: 6379 }, prefix });
  await q.obliterate({ force: true }).catch(() => undefined);
  await q.close().catch(() => undefined);
}
