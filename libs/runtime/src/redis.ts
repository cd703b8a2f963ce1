import { Redis, type RedisOptions } from 'ioredis';

/** Parses REDIS_URL (a path `/n` selects database n) into ioredis options. */
export function redisOptions(url: string, extra: RedisOptions = {}): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`REDIS_URL database must be a number: ${url}`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    ...extra,
  };
}

/** A connection that never crashes the process when Redis goes away; it reconnects. */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  const redis = new Redis({
    lazyConnect: true,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(200 * times, 5000),
    ...redisOptions(url, extra),
  });
  redis.on('error', () => undefined);
  return redis;
}
