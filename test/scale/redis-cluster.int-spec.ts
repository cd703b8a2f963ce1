// REDIS_URL as a Redis Cluster (issue 9): three local masters; the API, the dispatcher and the
// job processors all talk to the cluster, and a claim's corroboration flow (parent and four
// checks, one hash-tagged prefix so one slot) completes through it. A prefix without a hash tag is
// a configuration error.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Cluster } from 'ioredis';
import { sql } from 'kysely';
import { corroborationJobId, loadConfig } from '@app/config';
import { CorroborationRuntime } from '@app/corroboration';
import { StreamWriter } from '@app/domain';
import { IdempotencyRepository } from '@app/runtime';
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner } from '@app/projections';
import { parseRedisUrl } from '@app/runtime';
import { Seeder } from '../e2e/support/e2e.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { startRedisCluster, type PrivateCluster } from './support/redis-cluster.js';

let cluster: PrivateCluster;
let t: TestApp;
let runtime: CorroborationRuntime;
let runner: ProjectionRunner;
let client: Cluster;
const prefix = `{ct-${randomBytes(4).toString('hex')}}`;
const logs: string[] = [];

beforeAll(async () => {
  cluster = await startRedisCluster(3);
  t = await createTestApp('scale_cluster', { REDIS_URL: cluster.url, QUEUE_PREFIX: prefix });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: t.tdb.url,
    REDIS_URL: cluster.url,
    QUEUE_PREFIX: prefix,
    LOG_POLL_MS: '50',
  });
  const store = new EventStore(t.tdb.app.db);
  const writer = new StreamWriter(store, t.tdb.app.db, config, new IdempotencyRepository(t.tdb.app.db));
  runtime = new CorroborationRuntime({
    db: t.tdb.app.db,
    store,
    writer,
    config,
    log: (m, f) => void logs.push(f ? `${m} ${JSON.stringify(f)}` : m),
  });
  runtime.start();
  runner = new ProjectionRunner({
    db: t.tdb.app.db,
    store,
    connection: { connectionString: t.tdb.url },
    projections: PROJECTIONS,
    pollMs: 50,
    heartbeatMs: 200,
    log: (m) => void logs.push(m),
  });
  runner.start();
  const target = parseRedisUrl(cluster.url);
  if (!target.cluster) throw new Error('not a cluster URL');
  client = new Cluster(target.nodes);
}, 60_000);

afterAll(async () => {
  client?.disconnect();
  await runtime?.stop();
  await runner?.stop();
  await t?.close();
  await cluster?.stop();
});

// Generous: another database's long transaction on this server holds every follower back (cluster-wide xmin).
async function completedFor(claimId: string, timeoutMs = 120_000): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql<any>`
      select event_id, data from events
       where type = 'CorroborationCompleted' and data->>'claimId' = ${claimId}`.execute(t.tdb.owner.db);
    if (rows.length) return rows;
    if (Date.now() > deadline)
      throw new Error(
        `no CorroborationCompleted for claim ${claimId} after ${timeoutMs} ms; ` +
          `runtime said: ${logs.slice(-15).join(' | ')}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a Redis Cluster as REDIS_URL', () => {
  it('is a real three-master cluster', () => {
    const info = cluster.info();
    expect(info).toMatch(/cluster_state:ok/);
    expect(info).toMatch(/cluster_known_nodes:3/);
    expect(info).toMatch(/cluster_size:3/);
  });

  it(
    'a claim posted through the API is corroborated through the cluster: ' +
      'one CorroborationCompleted, its flow completed in the cluster',
    async () => {
      const seed = new Seeder(t);
      const source = await seed.source({ name: 'Dawn', reliability: 'A' });
      await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
      const incidentId = await seed.incident();
      const res = await t.http
        .post(`/v1/incidents/${incidentId}/claims`)
        .set(bearer(t.keys.reporter))
        .send({ group: 'TTP', channel: 'statement', claimedAt: '2023-07-12T18:00:00Z', sourceId: source });
      expect(res.status).toBe(201);
      const claimId = res.body.id as string;
      const { rows: recorded } = await sql<{
        event_id: string;
      }>`select event_id from events where position = ${res.body.position}`.execute(t.tdb.owner.db);

      const jobId = corroborationJobId(recorded[0].event_id, claimId);
      const completed = await completedFor(claimId).catch(async (err: Error) => {
        // Say where the flow stands, for whoever reads a failure.
        const job = await client.hgetall(`${prefix}:corroboration:${jobId}`).catch((e) => String(e));
        const cp = await sql<any>`select name, position from checkpoints`.execute(t.tdb.owner.db);
        const counts = await Promise.all(
          ['wait', 'active'].map((k) => client.llen(`${prefix}:corroboration:${k}`).catch(() => -1)),
        );
        throw new Error(
          `${err.message}\njob: ${JSON.stringify(job)}\n` +
            `wait/active: ${counts}\ncheckpoints: ${JSON.stringify(cp.rows)}`,
        );
      });
      expect(completed).toHaveLength(1);
      expect(completed[0].data.checks.cause).toMatchObject({ eventId: recorded[0].event_id, type: 'ClaimRecorded' });
      expect(completed[0].data.checks.results.map((r: any) => r.check).sort()).toEqual([
        'claimant-history',
        'competing-claims',
        'group-relations',
        'independent-sources',
      ]);

      // The flow's parent job is in the cluster's completed set of the corroboration queue, under the
      // hash-tagged prefix.
      const deadline = Date.now() + 10_000;
      while ((await client.zscore(`${prefix}:corroboration:completed`, jobId)) === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(await client.zscore(`${prefix}:corroboration:completed`, jobId)).not.toBeNull();
      expect(await client.hget(`${prefix}:corroboration:${jobId}`, 'name')).toBe('corroborate-claim');

      // The API's admin side reads the queues through the cluster too.
      const failed = await t.http.get('/v1/admin/jobs/failed').set(bearer(t.keys.admin));
      expect(failed.status).toBe(200);
    },
    150_000,
  );

  it('a rebuild requested through the API is queued in the cluster', async () => {
    const res = await t.http.post('/v1/admin/projections/incidents/rebuild').set(bearer(t.keys.admin));
    expect(res.status).toBe(202);
    const waiting = await client.llen(`${prefix}:maintenance:wait`);
    const prioritized = await client.zcard(`${prefix}:maintenance:prioritized`);
    expect(waiting + prioritized).toBeGreaterThanOrEqual(1);
  });

  it('a QUEUE_PREFIX without a hash tag is refused with a clear configuration error', () => {
    expect(() => loadConfig({ REDIS_URL: cluster.url, QUEUE_PREFIX: 'claimtrail' })).toThrow(
      new RegExp(
        'Invalid configuration:\\n {2}QUEUE_PREFIX: must be a Redis Cluster hash tag such as ' +
          '\\{claimtrail\\} when REDIS_URL is a cluster',
      ),
    );
  });
});
