import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/**
 * REDIS_URL: `redis://[user:pass@]host:port[/db]` (`rediss://` for TLS), or a Redis Cluster as
 * `redis-cluster://[user:pass@]host1:port1,host2:port2,...` (`rediss-cluster://` for TLS): any
 * reachable nodes; the client discovers the others.
 */
export type RedisTarget =
  | { cluster: false; options: RedisOptions }
  | { cluster: true; nodes: Array<{ host: string; port: number }>; options: RedisOptions };

const CLUSTER_URL = /^(rediss?)-cluster:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)\/?$/;

export function isClusterUrl(url: string): boolean {
  return /^rediss?-cluster:\/\//.test(url);
}

export function parseRedisUrl(url: string): RedisTarget {
  if (isClusterUrl(url)) {
    const m = CLUSTER_URL.exec(url);
    if (!m) throw new Error(`REDIS_URL is not a cluster URL (redis-cluster://host:port,host:port): ${url}`);
    const nodes = m[4].split(',').map((hp) => {
      const i = hp.lastIndexOf(':');
      const host = i > 0 ? hp.slice(0, i) : hp;
      const port = i > 0 ? Number(hp.slice(i + 1)) : 6379;
      if (!host || !Number.isInteger(port) || port <= 0 || port > 65535)
        throw new Error(`REDIS_URL has a bad cluster node "${hp}": ${url}`);
      return { host: host.replace(/^\[|\]$/g, ''), port };
    });
    return {
      cluster: true,
      nodes,
      options: {
        username: m[2] ? decodeURIComponent(m[2]) : undefined,
        password: m[3] ? decodeURIComponent(m[3]) : undefined,
        tls: m[1] === 'rediss' ? {} : undefined,
      },
    };
  }
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`REDIS_URL database must be a number: ${url}`);
  return {
    cluster: false,
    options: {
      host: u.hostname || '127.0.0.1',
      port: u.port ? Number(u.port) : 6379,
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db,
      tls: u.protocol === 'rediss:' ? {} : undefined,
    },
  };
}

/** ioredis options of a standalone REDIS_URL (of the first node for a cluster, e.g. to ping it). */
export function redisOptions(url: string, extra: RedisOptions = {}): RedisOptions {
  const t = parseRedisUrl(url);
  return t.cluster ? { ...t.options, ...t.nodes[0], ...extra } : { ...t.options, ...extra };
}

/** A client for REDIS_URL: a Redis, or a Cluster whose node connections carry `extra`. */
export function createRedisClient(url: string, extra: RedisOptions = {}): Redis | Cluster {
  const t = parseRedisUrl(url);
  if (!t.cluster) return new Redis({ ...t.options, ...extra });
  const { enableOfflineQueue, lazyConnect, retryStrategy, ...node } = extra;
  const options: ClusterOptions = {
    redisOptions: { ...t.options, ...node },
    enableOfflineQueue,
    lazyConnect,
    clusterRetryStrategy: retryStrategy ? (times) => retryStrategy(times) : undefined,
  };
  return new Cluster(t.nodes, options);
}

/** A connection that never crashes the process when Redis goes away; it reconnects. */
export function createRedis(url: string, extra: RedisOptions = {}): Redis | Cluster {
  const redis = createRedisClient(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(200 * times, 5000),
    ...extra,
  });
  redis.on('error', () => undefined);
  return redis;
}

/**
 * A BullMQ `connection`: plain options for one Redis (BullMQ opens and closes its own), or a
 * Cluster instance, which BullMQ treats as shared: give it to `withOwnedConnection` so closing
 * the queue or worker also disconnects it.
 */
export function bullConnectionFor(url: string, extra: RedisOptions = {}): RedisOptions | Cluster {
  const t = parseRedisUrl(url);
  if (!t.cluster) return { ...t.options, maxRetriesPerRequest: null, ...extra };
  const cluster = createRedisClient(url, { maxRetriesPerRequest: null, ...extra }) as Cluster;
  cluster.on('error', () => undefined);
  return cluster;
}

/** Makes `target.close()` also disconnect `connection` when it is a client instance we created. */
export function withOwnedConnection<T extends { close(): Promise<void> }>(target: T, connection: unknown): T {
  if (connection instanceof Cluster || connection instanceof Redis) {
    const close = target.close.bind(target);
    target.close = async () => {
      try {
        await close();
      } finally {
        connection.disconnect();
      }
    };
  }
  return target;
}
