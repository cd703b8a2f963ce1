import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@app/config';
import { isClusterUrl, parseRedisUrl } from './redis.js';

describe('REDIS_URL', () => {
  it('parses a standalone URL with credentials, database and TLS', () => {
    expect(parseRedisUrl('rediss://u%40x:p%3Aw@cache.local:6380/2')).toEqual({
      cluster: false,
      options: { host: 'cache.local', port: 6380, username: 'u@x', password: 'p:w', db: 2, tls: {} },
    });
  });

  it('parses a cluster URL into its seed nodes', () => {
    expect(isClusterUrl('redis-cluster://h1:7000,h2:7001')).toBe(true);
    expect(parseRedisUrl('redis-cluster://:secret@10.0.0.1:7000,10.0.0.2:7001,[::1]:7002')).toEqual({
      cluster: true,
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      options: { username: undefined, password: 'secret', tls: undefined },
    });
    expect(parseRedisUrl('rediss-cluster://h1').cluster && (parseRedisUrl('rediss-cluster://h1') as any).nodes).toEqual(
      [{ host: 'h1', port: 6379 }],
    );
  });

  it('names a bad cluster node', () => {
    expect(() => parseRedisUrl('redis-cluster://h1:7000,h2:notaport')).toThrow(/bad cluster node "h2:notaport"/);
  });
});

describe('scale-out settings', () => {
  it('defaults: every role, 5 s lease renewed every second, no read replica', () => {
    const c = loadConfig({});
    expect(c.WORKER_ROLES).toEqual(['projections', 'workflows', 'sealer']);
    expect([
      c.LEASE_TTL_MS,
      c.LEASE_HEARTBEAT_MS,
      c.MAINTENANCE_CONCURRENCY,
      c.REVIEWS_CONCURRENCY,
      c.DATABASE_READ_URL,
    ]).toEqual([5000, 1000, 1, undefined, undefined]);
  });

  it('WORKER_ROLES takes a subset and rejects unknown roles', () => {
    expect(loadConfig({ WORKER_ROLES: ' sealer , projections,sealer' }).WORKER_ROLES).toEqual([
      'sealer',
      'projections',
    ]);
    expect(() => loadConfig({ WORKER_ROLES: 'projections,indexer' })).toThrow(/WORKER_ROLES/);
    expect(() => loadConfig({ WORKER_ROLES: '' })).toThrow(/WORKER_ROLES/);
  });

  it('a cluster REDIS_URL needs a hash-tagged QUEUE_PREFIX', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis-cluster://h1:7000', QUEUE_PREFIX: 'claimtrail' })).toThrow(
      /QUEUE_PREFIX: must be a Redis Cluster hash tag such as \{claimtrail\}/,
    );
    expect(() => loadConfig({ REDIS_URL: 'redis-cluster://h1:7000', QUEUE_PREFIX: '{a}{b}' })).toThrow(/QUEUE_PREFIX/);
    expect(loadConfig({ REDIS_URL: 'redis-cluster://h1:7000', QUEUE_PREFIX: '{ct-1}' }).QUEUE_PREFIX).toBe('{ct-1}');
    // A standalone Redis takes any prefix.
    expect(loadConfig({ QUEUE_PREFIX: 'claimtrail' }).QUEUE_PREFIX).toBe('claimtrail');
  });

  it('the heartbeat must fit twice into the lease TTL', () => {
    expect(() => loadConfig({ LEASE_TTL_MS: '3000', LEASE_HEARTBEAT_MS: '2000' })).toThrow(
      /LEASE_HEARTBEAT_MS: must be at most half of LEASE_TTL_MS/,
    );
    expect(loadConfig({ LEASE_TTL_MS: '3000', LEASE_HEARTBEAT_MS: '1000' }).LEASE_TTL_MS).toBe(3000);
  });
});
