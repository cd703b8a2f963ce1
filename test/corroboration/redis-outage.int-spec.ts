// Redis being down never blocks recording (docs/DESIGN.md "Corroboration workflow"): with the queue's
// Redis (a private redis-server) stopped, every POST still answers 201, the events wait in Postgres
// (the dispatcher's checkpoint does not move past them), and once Redis returns every claim's flow
// completes, each exactly once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer } from '../support/test-app.js';
import { Seeder } from '../e2e/support/e2e.js';
import {
  allCompleted,
  flowResult,
  recordClaim,
  createHarness,
  dispatcherPassed,
  eventAt,
  eventsOfType,
  type Harness,
  until,
} from './support/harness.js';
import { PrivateRedis, sparePort } from './support/private-redis.js';

let redis: PrivateRedis;
let h: Harness;
let seed: Seeder;
let dawn: string;

beforeAll(async () => {
  redis = new PrivateRedis(await sparePort());
  await redis.start();
  h = await createHarness({ label: 'corr_outage', redisUrl: redis.url, escalationMs: 600_000 });
  seed = new Seeder(h.t);
  dawn = await seed.source({ name: 'Dawn', reliability: 'A' });
  await seed.group('Outage Group', []);
});

afterAll(async () => {
  if (redis && !redis.running) await redis.start().catch(() => undefined);
  await h?.close();
  await redis?.stop();
});

describe('Redis stopped while claims are recorded', () => {
  it('no request fails, and every flow completes exactly once after Redis returns', async () => {
    // Before the outage: a flow runs normally.
    const inc0 = await seed.incident({ occurredAt: '2023-01-10' });
    const c0 = await recordClaim(h, seed, inc0, 'Outage Group', '2023-01-10T12:00:00Z', dawn);
    await flowResult(h, c0.recorded, c0.claimId);

    await redis.stop();
    const outageStarted = Date.now();

    // While it is down: incidents and claims (and a second source on one of them) are recorded.
    const statuses: number[] = [];
    const claims: Array<{ claimId: string; position: number }> = [];
    for (let i = 0; i < 6; i++) {
      const inc = await seed.post('/v1/incidents', 'reporter', {
        occurredAt: `2023-02-1${i}`,
        location: { country: 'PK', admin1: 'Balochistan', place: 'Quetta' },
        type: 'bombing',
      });
      statuses.push(inc.status);
      const res = await h.t.http
        .post(`/v1/incidents/${inc.body.id}/claims`)
        .set(bearer(h.t.keys.reporter))
        .send({ group: 'Outage Group', channel: 'statement', claimedAt: `2023-02-1${i}T12:00:00Z`, sourceId: dawn });
      statuses.push(res.status);
      if (res.status === 201) claims.push({ claimId: res.body.id, position: res.body.position });
    }
    expect(statuses).toEqual(Array(12).fill(201));
    // The reads answer too (from Postgres).
    const history = await h.t.http.get(`/v1/incidents/${inc0}/history`).set(bearer(h.t.keys.analyst));
    expect(history.status).toBe(200);

    // The events wait in Postgres: the dispatcher cannot enqueue, so its checkpoint stays before them.
    expect(await dispatcherPassed(h.t.tdb.owner.db, claims[0].position)).toBe(false);
    for (const c of claims)
      expect(await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId })).toEqual([]);
    const outageMs = Date.now() - outageStarted;

    await redis.start();
    const back = Date.now();
    await until(
      'every claim recorded during the outage to have its CorroborationCompleted',
      () => allCompleted(h.t.tdb.owner.db, claims),
      40_000,
      100,
    );
    const recoveryMs = Date.now() - back;

    for (const c of [...claims, { claimId: c0.claimId, position: c0.recorded.position }]) {
      const completed = await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId });
      expect(completed).toHaveLength(1);
      const recorded = await eventAt(h.t.tdb.owner.db, c.position);
      expect(completed[0].data.checks.cause).toEqual({
        eventId: recorded.eventId,
        type: 'ClaimRecorded',
        position: c.position,
      });
    }
    console.log(
      `redis outage: down ${outageMs} ms, all ${claims.length} flows completed ${recoveryMs} ms after Redis returned`,
    );
  });
});
