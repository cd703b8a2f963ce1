// The live projections (docs/DESIGN.md "Read side"): after a concurrent mixed workload every read
// model equals a from-scratch fold of the log; a batch that dies half-way (an exception after
// writing, or its backend terminated) moves neither the checkpoint nor the model, and a restarted
// runner finishes the job with no effect applied twice. (One runner per projection at a time, the
// leases: projection-leases.int-spec.ts.)
import { describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { decideCompleteCorroboration, decideRecordClaim, decideReportIncident, evolveIncident } from '@app/domain';
import { createDatabase, EventStore, LogSubscription, type DatabaseHandle } from '@app/event-store';
import { incidentsProjection, LIVE, PROJECTIONS, type Projection } from '@app/projections';
import { projectionFollower } from '@app/config';
import { APP_ROLE } from '../support/test-database.js';
import {
  allCheckpoints,
  compareWithFold,
  dumpModels,
  loadCheckpoint,
  pendingEvents,
  sleep,
  waitForCatchUp,
} from './support/model.js';
import { decideAndAppend, eventCount, mulberry32, runWorkload, uuidFrom } from './support/workload.js';
import { runnerLog, startRunner, stopAll, store, tdb, useRunnerWorld, world } from './support/runner-world.js';

/**
 * node-postgres emits 'error' on a checked-out client whose backend is terminated between two
 * statements, and pg-pool listens only on idle clients: without this, killing a session inside
 * a transaction surfaces as an uncaught exception (the product's pools have the same gap, which
 * its own test below shows). Only the pools the other kill tests use get it.
 */
function survivesKills(d: DatabaseHandle): DatabaseHandle {
  d.pool.on('connect', (client) => client.on('error', () => undefined));
  return d;
}

async function claimEventsInLog(): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from events where type = 'ClaimRecorded'`.execute(
    tdb.owner.db,
  );
  return rows[0].n;
}

useRunnerWorld('proj_runner');

describe('live projection = fold of the log', () => {
  it(
    'after ~1,000 events from 6 concurrent writers over 60 incidents, ' + 'every read model equals a fold from scratch',
    async () => {
      startRunner();
      const stats = await runWorkload({ store, world, writers: 6, opsPerWriter: 170, seed: 1 });
      expect(stats.appended).toBeGreaterThan(900);

      await waitForCatchUp(tdb.app.db);
      const cmp = await compareWithFold(tdb.app.db, store);
      expect(cmp.mismatches).toEqual([]);
      expect(cmp.incidents).toBeGreaterThanOrEqual(55);
      expect(cmp.claims).toBe(await claimEventsInLog());
      expect(cmp.claims).toBeGreaterThan(100);
      expect(cmp.denials).toBeGreaterThan(20);
      expect(cmp.attributions).toBeGreaterThan(20);
      expect(cmp.groups).toBe(5);
      expect(cmp.sources).toBe(6);

      // The checkpoints stand at the last event of the log in (transaction, position) order.
      const { rows } = await sql<{
        t: string;
        p: number;
      }>`select transaction_id::text as t, position as p from events
          order by transaction_id desc, position desc limit 1`.execute(tdb.owner.db);
      for (const p of PROJECTIONS)
        expect(await loadCheckpoint(tdb.app.db, projectionFollower(p.name))).toEqual({
          transactionId: rows[0].t,
          position: Number(rows[0].p),
        });
      await stopAll();
    },
  );
});

describe('a batch that dies half-way', () => {
  async function prepareBacklog(seed: number) {
    // The models are caught up; then events arrive that nobody has applied yet.
    startRunner();
    await waitForCatchUp(tdb.app.db);
    await stopAll();
    const before = await eventCount(tdb.owner.db);
    await runWorkload({ store, world, writers: 2, opsPerWriter: 25, seed });
    expect(await eventCount(tdb.owner.db)).toBeGreaterThan(before);
    return { models: await dumpModels(tdb.owner.db), checkpoints: await allCheckpoints(tdb.owner.db) };
  }

  it('an exception after the batch wrote its rows moves neither the checkpoint nor the model', async () => {
    const snapshot = await prepareBacklog(2);
    let wroteInside = false;
    const sub = new LogSubscription(tdb.app.db, store, {
      name: projectionFollower(incidentsProjection.name),
      batchSize: 40,
      handle: async (events, trx) => {
        const maxBefore = await sql<{
          m: number;
        }>`select coalesce(max(position), 0)::bigint as m from rm_incidents`.execute(trx);
        await incidentsProjection.apply(events, trx, LIVE);
        const maxAfter = await sql<{
          m: number;
        }>`select coalesce(max(position), 0)::bigint as m from rm_incidents`.execute(trx);
        wroteInside = Number(maxAfter.rows[0].m) > Number(maxBefore.rows[0].m);
        throw new Error('worker crashed after writing');
      },
    });
    // Other suites' transactions may hold the visible log back for a moment: retry until a batch was read.
    let error: unknown;
    for (let i = 0; i < 400 && !wroteInside; i++) {
      error = await sub.processBatch().then(
        (n) => (n === 0 ? undefined : new Error('batch unexpectedly committed')),
        (e) => e,
      );
      if (!wroteInside) await sleep(25);
    }
    expect(wroteInside).toBe(true);
    expect((error as Error).message).toBe('worker crashed after writing');
    expect(await allCheckpoints(tdb.owner.db)).toEqual(snapshot.checkpoints);
    expect(await dumpModels(tdb.owner.db)).toEqual(snapshot.models);
  });

  it('a backend terminated mid-batch (pg_terminate_backend) moves neither the checkpoint nor the model', async () => {
    const snapshot = await prepareBacklog(3);
    const victim = survivesKills(
      createDatabase({ url: tdb.url, role: APP_ROLE, poolMax: 2, applicationName: 'claimtrail-test-victim' }),
    );
    let terminated = false;
    try {
      const sub = new LogSubscription(victim.db, new EventStore(victim.db), {
        name: projectionFollower(incidentsProjection.name),
        batchSize: 40,
        handle: async (events, trx) => {
          await incidentsProjection.apply(events, trx, LIVE);
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          const killed = await sql<{ ok: boolean }>`select pg_terminate_backend(${rows[0].pid}) as ok`.execute(
            tdb.owner.db,
          );
          terminated = killed.rows[0].ok;
          await sleep(50);
        },
      });
      let result: unknown;
      for (let i = 0; i < 400 && !terminated; i++) {
        result = await sub.processBatch().then(
          (n) => n,
          (e) => e,
        );
        if (!terminated) await sleep(25);
      }
      expect(terminated).toBe(true);
      expect(result).toBeInstanceOf(Error);
    } finally {
      await victim.close().catch(() => undefined);
    }
    expect(await allCheckpoints(tdb.owner.db)).toEqual(snapshot.checkpoints);
    expect(await dumpModels(tdb.owner.db)).toEqual(snapshot.models);
  });

  it(
    "a pool made by the product's createDatabase survives its backend being terminated mid-batch: " +
      'that batch fails, the next one applies',
    async () => {
      // Unlike the pools above, no 'error' listener is added here: node-postgres emits 'error' on a
      // checked-out client whose backend dies between two statements of a transaction, and without a
      // listener that is an uncaught exception (the worker process would exit).
      const snapshot = await prepareBacklog(7);
      const plain = createDatabase({
        url: tdb.url,
        role: APP_ROLE,
        poolMax: 2,
        applicationName: 'claimtrail-test-plain',
      });
      let terminated = false;
      let kill = true;
      try {
        const sub = new LogSubscription(plain.db, new EventStore(plain.db), {
          name: projectionFollower(incidentsProjection.name),
          batchSize: 1000,
          handle: async (events, trx) => {
            await incidentsProjection.apply(events, trx, LIVE);
            if (!kill) return;
            const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
            terminated = (
              await sql<{ ok: boolean }>`select pg_terminate_backend(${rows[0].pid}) as ok`.execute(tdb.owner.db)
            ).rows[0].ok;
            // Idle in the transaction while the backend goes away.
            await sleep(200);
          },
        });
        let failed: unknown;
        for (let i = 0; i < 400 && !terminated; i++) {
          failed = await sub.processBatch().then(
            () => undefined,
            (e) => e,
          );
          if (!terminated) await sleep(25);
        }
        expect(terminated).toBe(true);
        expect(failed).toBeInstanceOf(Error);
        expect(await allCheckpoints(tdb.owner.db)).toEqual(snapshot.checkpoints);
        kill = false;
        const applied = await sub.processBatch();
        expect(applied).toBeGreaterThan(0);
        // Other databases' transactions on this server can hold the snapshot's xmin back: keep
        // applying (each batch is still exactly-once) until nothing is pending, with a deadline.
        for (
          const deadline = Date.now() + 30_000;
          (await pendingEvents(tdb.owner.db, 'incidents')) > 0 && Date.now() < deadline;
        ) {
          if ((await sub.processBatch()) === 0) await new Promise((r) => setTimeout(r, 50));
        }
        expect(await pendingEvents(tdb.owner.db, 'incidents')).toBe(0);
      } finally {
        await plain.close().catch(() => undefined);
      }
    },
  );

  it(
    'a runner whose batches fail after writing, and whose sessions are killed, ' +
      'then a fresh runner: the model equals the fold, each claim once',
    async () => {
      // A projection that throws after writing on every other batch until it has failed twice,
      // inside the real runner.
      let calls = 0;
      let failures = 0;
      const flaky: Projection = {
        ...incidentsProjection,
        async apply(events, trx, table) {
          calls++;
          await incidentsProjection.apply(events, trx, table);
          if (failures < 2 && calls % 2 === 0) {
            failures++;
            throw new Error(`injected failure on batch ${calls}`);
          }
        },
      };
      const runnerDb = survivesKills(
        createDatabase({ url: tdb.url, role: APP_ROLE, poolMax: 4, applicationName: 'claimtrail-test-runner' }),
      );
      try {
        startRunner([flaky, ...PROJECTIONS.filter((p) => p.name !== 'incidents')], runnerDb.db, 30);
        let kills = 0;
        let writing = true;
        const killer = (async () => {
          // Kill the runner's sessions (its batches and its lease heartbeats) now and then.
          while (writing) {
            await sleep(150);
            const { rows } = await sql<{ n: number }>`
            select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
             where datname = current_database()
               and application_name in ('claimtrail-test-runner', 'claimtrail-follower-leases')`.execute(tdb.owner.db);
            kills += rows[0].n;
          }
        })();
        const stats = await runWorkload({ store, world, writers: 4, opsPerWriter: 60, seed: 4 });
        writing = false;
        await killer;
        expect(stats.appended).toBeGreaterThan(150);
        expect(kills).toBeGreaterThan(0);
        await waitForCatchUp(tdb.app.db);
        expect(failures).toBe(2);
        await stopAll();
      } finally {
        await stopAll();
        await runnerDb.close().catch(() => undefined);
      }

      // A fresh runner over more writes.
      startRunner();
      await runWorkload({ store, world, writers: 3, opsPerWriter: 30, seed: 5 });
      await waitForCatchUp(tdb.app.db);
      const cmp = await compareWithFold(tdb.app.db, store);
      expect(cmp.mismatches).toEqual([]);

      // Each claim exactly once: in the model, in the folded states, and as many as the log recorded.
      const claims = await sql<{
        claim_id: string;
        n: number;
      }>`select claim_id::text, count(*)::int as n from rm_claims group by claim_id`.execute(tdb.owner.db);
      expect(claims.rows.filter((r) => r.n !== 1)).toEqual([]);
      expect(claims.rows.length).toBe(await claimEventsInLog());
      const inStates = await sql<{ n: number; d: number }>`
      select count(*)::int as n, count(distinct c->>'id')::int as d
        from rm_incidents, jsonb_array_elements(state->'claims') c`.execute(tdb.owner.db);
      expect(inStates.rows[0]).toEqual({ n: claims.rows.length, d: claims.rows.length });
      // Each incident's version is its stream's version: no event folded twice or skipped.
      const versions = await sql<{ n: number }>`
      select count(*)::int as n from rm_incidents i join streams s on s.stream_id = 'incident-' || i.incident_id
       where i.version <> s.version or (i.state->>'version')::int <> s.version`.execute(tdb.owner.db);
      expect(versions.rows[0].n).toBe(0);
      await stopAll();
    },
  );
});

describe('corroboration results as the domain records them', () => {
  // Last in this file: with the bug it reports, the event stays unprojectable in this database.
  it(
    'a conflicting CorroborationCompleted with a fractional score ' +
      '(0.4, as in the domain specs) and its review are projected',
    async () => {
      const rng = mulberry32(99);
      const incidentId = uuidFrom(rng);
      const claimId = uuidFrom(rng);
      const reviewId = uuidFrom(rng);
      const sid = `incident-${incidentId}`;
      await decideAndAppend(store, sid, evolveIncident, (s) =>
        decideReportIncident(s, {
          incidentId,
          occurredAt: '2023-01-30',
          location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar' },
          type: 'bombing',
          sourceIds: [world.sources[0]],
        }),
      );
      await decideAndAppend(store, sid, evolveIncident, (s) =>
        decideRecordClaim(s, {
          incidentId,
          claimId,
          groupId: world.groups[2].id,
          channel: 'statement',
          claimedAt: '2023-01-30T12:00:00Z',
          sourceId: world.sources[1],
          credibility: 5,
        }),
      );
      const r = await decideAndAppend(store, sid, evolveIncident, (s) =>
        decideCompleteCorroboration(s, {
          incidentId,
          claimId,
          score: 0.4,
          verdict: 'conflicting',
          checks: { independentSources: 0 },
          reviewId,
          reviewReason: 'competing claim',
        }),
      );
      expect(r?.events.map((e) => e.type)).toEqual(['CorroborationCompleted', 'ReviewRequested']);

      runnerLog.length = 0;
      startRunner();
      await waitForCatchUp(tdb.app.db, 5_000).catch((err: Error) => {
        throw new Error(
          `${err.message}; the runner reported: ` +
            `${[...new Set(runnerLog.filter((m) => m.startsWith('projection ')))].join(' | ')}`,
        );
      });
      const review = await sql<any>`
        select incident_id::text, claim_id::text, status, verdict from rm_reviews
         where review_id = ${reviewId}`.execute(tdb.owner.db);
      expect(review.rows).toEqual([
        { incident_id: incidentId, claim_id: claimId, status: 'open', verdict: 'conflicting' },
      ]);
      const state = await sql<any>`select state from rm_incidents where incident_id = ${incidentId}`.execute(
        tdb.owner.db,
      );
      expect(state.rows[0]?.state.claims[0].corroboration).toEqual({ score: 0.4, verdict: 'conflicting' });
      expect((await compareWithFold(tdb.app.db, store)).mismatches).toEqual([]);
      await stopAll();
    },
  );
});
