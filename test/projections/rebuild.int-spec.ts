// Rebuilds (docs/DESIGN.md "Read side"): replay into shadow tables, catch up, swap in one
// transaction. Readers never see an empty or partial model while it runs; writes that land during
// the rebuild are neither lost nor applied twice; the drift report against the replaced model is
// empty; the run is recorded with its event count and rate.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { EventStore } from '@app/event-store';
import { RebuildRunner, type ProjectionRunner } from '@app/projections';
import { APP_ROLE, createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { compareWithFold, sleep, waitForCatchUp } from './support/model.js';
import { eventCount, mulberry32, runWorkload, seedDirectory, type World } from './support/workload.js';
import { startProjectionRunner } from '../support/projections.js';

let tdb: TestDatabase;
let store: EventStore;
let world: World;
let runner: ProjectionRunner;

beforeAll(async () => {
  tdb = await createTestDatabase('proj_rebuild');
  store = new EventStore(tdb.app.db);
  world = await seedDirectory(store, mulberry32(21), 50);
  runner = startProjectionRunner(tdb, { batchSize: 200, lockRetryMs: 200 });
  await runWorkload({ store, world, writers: 6, opsPerWriter: 60, seed: 21 });
  await waitForCatchUp(tdb.app.db);
});

afterAll(async () => {
  await runner?.stop();
  await tdb?.drop();
});

interface Counts {
  incidents: number;
  claims: number;
  attributions: number;
  groups: number;
  sources: number;
}

/** One statement, so one snapshot: every count a reader could see at one moment. */
async function counts(): Promise<Counts> {
  const { rows } = await sql<Counts>`
    select (select count(*) from rm_incidents)::int as incidents, (select count(*) from rm_claims)::int as claims,
           (select count(*) from rm_attributions)::int as attributions,
           (select count(*) from rm_groups)::int as groups, (select count(*) from rm_sources)::int as sources`.execute(
    tdb.app.db,
  );
  return rows[0];
}

async function rebuildRow(id: string) {
  const { rows } = await sql<any>`
    select status, events, events_per_second, finished_at, drift, error
      from projection_rebuilds where id = ${id}`.execute(tdb.owner.db);
  return rows[0];
}

describe('readers during a rebuild', () => {
  it(
    'every read of the models during a rebuild of all of ' + 'them sees the full model, never an empty or partial one',
    async () => {
      const before = await counts();
      expect(before.incidents).toBeGreaterThanOrEqual(45);
      expect(before.claims).toBeGreaterThan(30);

      const rebuilds = new RebuildRunner(tdb.owner.db);
      const id = await rebuilds.begin('all', 'test');
      let done = false;
      const seen: Counts[] = [];
      const errors: string[] = [];
      const readers = Array.from({ length: 3 }, async () => {
        while (!done) {
          try {
            seen.push(await counts());
          } catch (err) {
            errors.push((err as Error).message);
          }
        }
      });
      await sleep(30);
      const report = await rebuilds.run(id, { appRole: APP_ROLE, batchSize: 200 });
      await sleep(30);
      done = true;
      await Promise.all(readers);

      expect(report.status).toBe('succeeded');
      expect(report.drift?.rows).toBe(0);
      expect(errors).toEqual([]);
      expect(seen.length).toBeGreaterThan(20);
      // No writes ran: every read saw exactly the model there was.
      expect(seen.filter((c) => JSON.stringify(c) !== JSON.stringify(before))).toEqual([]);
      expect(await counts()).toEqual(before);
      expect((await compareWithFold(tdb.app.db, store)).mismatches).toEqual([]);
    },
  );
});

describe('readers queued at the swap', () => {
  it('a read that arrives while the swap waits for an in-flight reader gets the whole swapped-in model', async () => {
    await waitForCatchUp(tdb.app.db);
    const before = await counts();
    const swapWaiting = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation
         where c.relname = 'rm_incidents' and not l.granted
           and l.database = (select oid from pg_database where datname = current_database())
           and l.mode = 'AccessExclusiveLock'`.execute(tdb.owner.db);
      return rows[0].n > 0;
    };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // An in-flight reader holds the swap at its first DROP.
    const inFlight = tdb.app.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from rm_incidents`.execute(trx);
      await gate;
      return rows[0].n;
    });
    const rebuilds = new RebuildRunner(tdb.owner.db);
    const rebuild = rebuilds.run(await rebuilds.begin('incidents', 'test'), { appRole: APP_ROLE, batchSize: 500 });
    try {
      const deadline = Date.now() + 20_000;
      while (!(await swapWaiting())) {
        if (Date.now() > deadline) throw new Error('the swap never waited for the in-flight reader');
        await sleep(10);
      }
      const queued = counts();
      let settled = false;
      void queued.then(
        () => (settled = true),
        () => (settled = true),
      );
      await sleep(100);
      // It waits behind the swap rather than reading the old tables or failing.
      expect(settled).toBe(false);
      release();
      expect(await inFlight).toBe(before.incidents);
      expect(await queued).toEqual(before);
      const report = await rebuild;
      expect(report.status).toBe('succeeded');
      expect(report.drift?.rows).toBe(0);
    } finally {
      release();
      await inFlight.catch(() => undefined);
      await rebuild.catch(() => undefined);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('a rebuild under concurrent writes', () => {
  it('succeeds with no drift, loses no event written during it, and records its events and rate', async () => {
    const logBefore = await eventCount(tdb.owner.db);
    const rebuilds = new RebuildRunner(tdb.owner.db);
    let rebuildStartedAtOp = -1;
    let rebuildEndedAtOp = -1;
    let rebuild: Promise<Awaited<ReturnType<RebuildRunner['run']>>> | undefined;
    const progress: number[] = [];
    const shrunk: string[] = [];
    let readsDuring = 0;

    const stats = await runWorkload({
      store,
      world,
      writers: 6,
      seed: 22,
      maxOpsPerWriter: 400,
      // Writers keep going through the rebuild and a while after it.
      until: (s) => rebuildEndedAtOp >= 0 && s.ops >= rebuildEndedAtOp + 60,
      onAppend: (_incident, _r, s) => {
        if (!rebuild && s.ops >= 60) {
          rebuildStartedAtOp = s.ops;
          rebuild = (async () => {
            const id = await rebuilds.begin('all', 'test');
            const floor = await counts();
            let running = true;
            const reader = (async () => {
              // Writes only add rows: reads during the rebuild never go below the model at its start.
              while (running) {
                const c = await counts();
                readsDuring++;
                for (const k of Object.keys(c) as Array<keyof Counts>)
                  if (c[k] < floor[k]) shrunk.push(`${k}: ${c[k]} < ${floor[k]}`);
              }
            })();
            const report = await rebuilds.run(id, {
              appRole: APP_ROLE,
              batchSize: 200,
              onProgress: (n) => progress.push(n),
            });
            running = false;
            await reader;
            rebuildEndedAtOp = s.ops;
            return report;
          })();
        }
      },
    });
    const report = await rebuild!;

    // The rebuild really overlapped the writes.
    expect(rebuildStartedAtOp).toBeGreaterThan(0);
    expect(stats.ops).toBeGreaterThanOrEqual(rebuildEndedAtOp + 60);
    expect(rebuildEndedAtOp).toBeGreaterThan(rebuildStartedAtOp);
    expect(await eventCount(tdb.owner.db)).toBeGreaterThan(logBefore + 100);

    expect(report.status).toBe('succeeded');
    expect(report.error ?? null).toBeNull();
    expect(report.drift?.rows).toBe(0);
    expect(report.events).toBeGreaterThan(0);
    expect(report.eventsPerSecond).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    expect(readsDuring).toBeGreaterThan(0);
    expect(shrunk).toEqual([]);

    const row = await rebuildRow(report.id);
    expect(row.status).toBe('succeeded');
    expect(Number(row.events)).toBeGreaterThan(0);
    expect(Number(row.events)).toBe(report.events);
    expect(row.events_per_second).toEqual(expect.any(Number));
    expect(row.events_per_second).toBeGreaterThan(0);
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(row.drift.rows).toBe(0);

    // The live runner carries on from the swapped-in models: nothing lost, nothing twice.
    await waitForCatchUp(tdb.app.db);
    const cmp = await compareWithFold(tdb.app.db, store);
    expect(cmp.mismatches).toEqual([]);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from events where type = 'ClaimRecorded'`.execute(tdb.owner.db);
    expect(cmp.claims).toBe(rows[0].n);

    // The swapped-in tables stay usable by the app role and by the next rebuild.
    const again = new RebuildRunner(tdb.owner.db);
    const second = await again.run(await again.begin('incidents', 'test'), { appRole: APP_ROLE, batchSize: 500 });
    expect(second.status).toBe('succeeded');
    expect(second.drift?.rows).toBe(0);
    const { rows: shadows } = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename like '%\\_\\_shadow'`.execute(
      tdb.owner.db,
    );
    expect(shadows[0].n).toBe(0);
  });
});

describe('the drift report', () => {
  it(
    'names exactly the rows the replaced model had wrong, ' +
      'not the backlog the live runner had yet to apply, and repairs them',
    async () => {
      await waitForCatchUp(tdb.app.db);
      await runner.stop();
      // A backlog the live runner has not applied...
      const before = await eventCount(tdb.owner.db);
      const head = await store.headPosition();
      await runWorkload({ store, world, writers: 2, opsPerWriter: 20, seed: 23 });
      expect(await eventCount(tdb.owner.db)).toBeGreaterThan(before);
      // ...and a live model damaged behind the projection's back, on incidents the backlog does not
      // touch (applying the backlog rewrites a touched incident's rows): one claim changed, one denial lost.
      const untouched = sql`not exists (select 1 from events e
                                         where e.stream_id = 'incident-' || t.incident_id and e.position > ${head})`;
      const { rows: claim } = await sql<{
        id: string;
      }>`select claim_id::text as id from rm_claims t
          where status = 'active' and ${untouched} order by claim_id limit 1`.execute(tdb.owner.db);
      const { rows: denial } = await sql<{
        id: string;
      }>`select denial_id::text as id from rm_denials t where ${untouched} order by denial_id limit 1`.execute(
        tdb.owner.db,
      );
      expect(claim).toHaveLength(1);
      expect(denial).toHaveLength(1);
      await sql`update rm_claims set status = 'retracted' where claim_id = ${claim[0].id}`.execute(tdb.owner.db);
      await sql`delete from rm_denials where denial_id = ${denial[0].id}`.execute(tdb.owner.db);

      const rebuilds = new RebuildRunner(tdb.owner.db);
      const report = await rebuilds.run(await rebuilds.begin('incidents', 'test'), {
        appRole: APP_ROLE,
        batchSize: 300,
      });
      expect(report.status).toBe('succeeded');
      expect(report.drift?.rows).toBe(2);
      expect(report.drift?.byTable).toEqual({
        rm_incidents: 0,
        rm_claims: 1,
        rm_denials: 1,
        rm_attributions: 0,
        rm_reviews: 0,
      });
      expect(report.drift?.sample).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: 'rm_claims', key: claim[0].id }),
          expect.objectContaining({ table: 'rm_denials', key: denial[0].id }),
        ]),
      );

      // The rebuilt incidents model includes the backlog already; the live runner resumes from there.
      runner = startProjectionRunner(tdb, { batchSize: 200, lockRetryMs: 200 });
      await waitForCatchUp(tdb.app.db);
      expect((await compareWithFold(tdb.app.db, store)).mismatches).toEqual([]);
    },
  );

  it('a second rebuild while one runs for the same projection (or all) is refused with the running id', async () => {
    const rebuilds = new RebuildRunner(tdb.owner.db);
    const id = await rebuilds.begin('groups', 'test');
    await expect(rebuilds.begin('groups', 'test')).rejects.toMatchObject({ runningId: id });
    await expect(rebuilds.begin('all', 'test')).rejects.toMatchObject({ runningId: id });
    const report = await rebuilds.run(id, { appRole: APP_ROLE });
    expect(report).toMatchObject({ id, projection: 'groups', status: 'succeeded', drift: { rows: 0 } });
    const next = await rebuilds.begin('all', 'test');
    expect(next).not.toBe(id);
    expect((await rebuilds.run(next, { appRole: APP_ROLE })).status).toBe('succeeded');
  });
});
