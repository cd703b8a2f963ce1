// Flows live in Redis once dispatched (the dispatcher's checkpoint is past their events). When
// Redis loses its data, the sweep of the dispatcher's holder finds the claims without a verdict
// and no flow, and dispatches them again: each gets exactly one CorroborationCompleted.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Seeder } from '../e2e/support/e2e.js';
import {
  allCompleted,
  recordClaim,
  createHarness,
  deletePrefix,
  dispatcherPassed,
  eventsOfType,
  type Harness,
  until,
} from './support/harness.js';

let h: Harness;
let seed: Seeder;

beforeAll(async () => {
  h = await createHarness({
    label: 'corr_sweep',
    runtime: false,
    escalationMs: 600_000,
    env: { CORROBORATION_SWEEP_MS: '300', CORROBORATION_SWEEP_AFTER_MS: '0' },
  });
  seed = new Seeder(h.t);
});
afterAll(async () => h?.close());

describe('claims whose flows Redis lost', () => {
  it('are dispatched again by the sweep and corroborated exactly once', async () => {
    const source = await seed.source({ name: 'Sweep Source', reliability: 'B' });
    await seed.group('Sweep Group', []);
    // Only the dispatcher runs: the flows wait in Redis.
    const dispatcher = h.startRuntime({ process: false });
    const claims: Array<{ claimId: string; jobId: string; position: number }> = [];
    for (let i = 0; i < 3; i++) {
      const inc = await seed.incident({ occurredAt: `2023-03-1${i}` });
      const { claimId, recorded, jobId } = await recordClaim(
        h,
        seed,
        inc,
        'Sweep Group',
        `2023-03-1${i}T12:00:00Z`,
        source,
      );
      claims.push({ claimId, jobId, position: recorded.position });
    }
    await until(
      'the dispatcher to enqueue every flow and move past the claims',
      async () => {
        const jobs = await Promise.all(claims.map((c) => h.queues.corroboration.getJob(c.jobId)));
        return jobs.every(Boolean) && (await dispatcherPassed(h.t.tdb.owner.db, claims[claims.length - 1].position));
      },
      90_000,
    );

    // The worker stops; Redis comes back without its data (no AOF, a crash): jobs, flows and
    // pending markers are gone. Then a worker starts again, dispatcher and processors.
    await dispatcher.stop();
    await deletePrefix(h.redisUrl, h.prefix);
    for (const c of claims) expect(await h.queues.corroboration.getJob(c.jobId)).toBeUndefined();
    h.startRuntime();
    await until('every claim to have its verdict', () => allCompleted(h.t.tdb.owner.db, claims), 90_000);
    // Several more sweeps: a claim with its verdict is not dispatched again.
    await new Promise((r) => setTimeout(r, 1500));
    for (const c of claims)
      expect(await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId: c.claimId })).toHaveLength(1);
  }, 240_000);

  // Issue 16 item 12: the sweep re-dispatched only claims without any verdict, so a re-evaluation
  // lost with Redis' data (here a later source) left the earlier verdict standing for good.
  it('a re-evaluation lost with Redis is dispatched again: the verdict follows the latest trigger', async () => {
    const source = await seed.source({ name: 'Later Source', reliability: 'A' });
    const inc = await seed.incident({ occurredAt: '2023-04-01' });
    const { claimId, recorded } = await recordClaim(h, seed, inc, 'Sweep Group', '2023-04-01T12:00:00Z', source);
    // The running worker (the first test's) gives the claim its first verdict.
    const first = await until('the first verdict', async () =>
      (await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).find(
        (e) => e.data.checks.cause.eventId === recorded.eventId,
      ),
    );
    for (const r of h.runtimes.splice(0)) await r.stop();

    // A second source: only a dispatcher runs, so its re-evaluation waits in Redis, and is lost with it.
    const dispatcher = h.startRuntime({ process: false });
    const other = await seed.source({ name: 'Second Source', reliability: 'B' });
    const added = await seed.post(`/v1/incidents/${inc}/claims/${claimId}/sources`, 'reporter', { sourceId: other });
    expect(added.status).toBe(201);
    await until(
      'the dispatcher to move past the new source',
      () => dispatcherPassed(h.t.tdb.owner.db, added.body.position),
      90_000,
    );
    await dispatcher.stop();
    await deletePrefix(h.redisUrl, h.prefix);
    h.startRuntime();

    const latest = await until(
      'a verdict caused by the added source',
      async () =>
        (await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).find(
          (e) => e.data.checks.cause.position === added.body.position,
        ),
      90_000,
    );
    expect(latest.data.checks.cause.type).toBe('ClaimSourceAdded');
    expect(latest.position).toBeGreaterThan(first.position);
    // Swept once: later sweeps find the verdict up to date.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).toHaveLength(2);
  }, 240_000);
  // Issue 16 item 12, the spokesperson's side: an assessment of one of his statements re-weighs his
  // claims; lost with Redis, that re-evaluation (its trigger on a statement stream) is swept too.
  it('a spokesperson re-evaluation lost with Redis is dispatched again, for the claim’s incident', async () => {
    const source = await seed.source({ name: 'Spokes Source', reliability: 'B' });
    const person = await seed.post('/v1/persons', 'reporter', { name: 'Sweep Spokesman' });
    expect(person.status).toBe(201);
    const inc = await seed.incident({ occurredAt: '2023-05-01' });
    const res = await seed.post(`/v1/incidents/${inc}/claims`, 'reporter', {
      group: 'Sweep Group',
      channel: 'statement',
      claimedAt: '2023-05-01T12:00:00Z',
      sourceId: source,
      spokespersonId: person.body.id,
    });
    expect(res.status).toBe(201);
    const claimId: string = res.body.id;
    await until('the first verdict', async () =>
      (await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).find(
        (e) => e.data.checks.cause.position === res.body.position,
      ),
    );
    for (const r of h.runtimes.splice(0)) await r.stop();

    const dispatcher = h.startRuntime({ process: false });
    const statement = await seed.post('/v1/statements', 'reporter', {
      kind: 'allegation',
      madeAt: '2023-04',
      sourceId: source,
      summary: 'a statement later judged forged',
      author: { personId: person.body.id },
    });
    expect(statement.status).toBe(201);
    const assessed = await seed.post(`/v1/statements/${statement.body.id}/assessments`, 'analyst', {
      verdict: 'fabricated',
      basis: 'the letterhead was forged',
    });
    expect(assessed.status).toBe(201);
    await until('the dispatcher to move past the assessment', () =>
      dispatcherPassed(h.t.tdb.owner.db, assessed.body.position),
    );
    await dispatcher.stop();
    await deletePrefix(h.redisUrl, h.prefix);
    h.startRuntime();

    const latest = await until(
      'a verdict caused by the assessment',
      async () =>
        (await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).find(
          (e) => e.data.checks.cause.position === assessed.body.position,
        ),
      90_000,
    );
    expect(latest.data.checks.cause.type).toBe('StatementAssessed');
    expect(latest.streamId).toBe(`incident-${inc}`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await eventsOfType(h.t.tdb.owner.db, 'CorroborationCompleted', { claimId })).toHaveLength(2);
  }, 240_000);
});
