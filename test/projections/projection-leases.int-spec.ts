// One projection runner per projection at a time (docs/DESIGN.md "Read side"): a lease, taken
// over when its holder stops, or stops heartbeating (its later batches are refused).
import { describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { PROJECTIONS, type Projection } from '@app/projections';
import { APP_ROLE } from '../support/test-database.js';
import { compareWithFold, sleep, waitForCatchUp } from './support/model.js';
import { runWorkload } from './support/workload.js';
import { startRunner, stopAll, store, tdb, useRunnerWorld, world } from './support/runner-world.js';

useRunnerWorld('proj_leases');

describe('one runner per projection', () => {
  it(
    'a second runner on the same database runs nothing while ' +
      'the first holds the leases, and takes over when it stops',
    async () => {
      const a = startRunner();
      const deadline = Date.now() + 10_000;
      while (a.held.length < PROJECTIONS.length && Date.now() < deadline) await sleep(20);
      expect([...a.held].sort()).toEqual(PROJECTIONS.map((p) => p.name).sort());
      const b = startRunner();
      await sleep(400);
      expect(b.held).toEqual([]);

      await a.stop();
      const deadline2 = Date.now() + 10_000;
      while (b.held.length < PROJECTIONS.length && Date.now() < deadline2) await sleep(20);
      expect([...b.held].sort()).toEqual(PROJECTIONS.map((p) => p.name).sort());
      await runWorkload({ store, world, writers: 3, opsPerWriter: 20, seed: 6 });
      await waitForCatchUp(tdb.app.db);
      expect((await compareWithFold(tdb.app.db, store)).mismatches).toEqual([]);
      await stopAll();
    },
  );
});

describe('a holder that stops heartbeating while its connection stays open', () => {
  it(
    'another runner takes the projections over within the lease TTL, ' +
      'and every later batch of the frozen holder is refused',
    async () => {
      // Each batch leaves a row naming its runner, in the batch's own transaction: a row exists only
      // if the batch committed.
      await sql`create table test_batch_audit
                  (runner text not null, projection text not null, last_position bigint not null)`.execute(
        tdb.owner.db,
      );
      await sql`grant select, insert on test_batch_audit to ${sql.raw(APP_ROLE)}`.execute(tdb.owner.db);
      const audited = (runner: string): Projection[] =>
        PROJECTIONS.map((p) => ({
          ...p,
          async apply(events, trx, table) {
            await p.apply(events, trx, table);
            await sql`insert into test_batch_audit
                      values (${runner}, ${p.name}, ${events[events.length - 1].position})`.execute(trx);
          },
        }));
      const batchesOf = async (runner: string) =>
        (
          await sql<{ n: number }>`select count(*)::int as n from test_batch_audit where runner = ${runner}`.execute(
            tdb.owner.db,
          )
        ).rows[0].n;
      const ttl = 1500;
      const logA: string[] = [];
      const all = PROJECTIONS.map((p) => p.name).sort();
      const a = startRunner(audited('A'), tdb.app.db, 50, ttl, logA);
      for (const deadline = Date.now() + 10_000; a.held.length < all.length && Date.now() < deadline;) await sleep(20);
      expect([...a.held].sort()).toEqual(all);
      const b = startRunner(audited('B'), tdb.app.db, 50, ttl, []);
      await runWorkload({ store, world, writers: 2, opsPerWriter: 20, seed: 21 });
      await waitForCatchUp(tdb.app.db);
      expect(b.held).toEqual([]);
      expect(await batchesOf('A')).toBeGreaterThan(0);

      // A's renewals and its watchdog stop (a paused process); its followers and sessions go on.
      const frozenAt = Date.now();
      a.leases!.freezeHeartbeats();
      const writing = runWorkload({ store, world, writers: 2, opsPerWriter: 40, seed: 22 });
      const deadline = frozenAt + ttl + 3000;
      while ((b.held.length < all.length || a.held.length > 0) && Date.now() < deadline) await sleep(10);
      const takeoverMs = Date.now() - frozenAt;
      expect([...b.held].sort()).toEqual(all);
      // A noticed only through the fence: its batches were refused, so it stopped its followers.
      expect(a.held).toEqual([]);
      expect(logA.filter((m) => /no longer held .*batch refused/.test(m)).length).toBeGreaterThan(0);
      const aFinal = await batchesOf('A');
      const { rows: leases } = await sql<{
        n: number;
      }>`select count(distinct holder)::int as n from follower_leases
          where name like 'projection:%' and expires_at > clock_timestamp()`.execute(tdb.owner.db);
      expect(leases[0].n).toBe(1);

      await writing;
      await runWorkload({ store, world, writers: 2, opsPerWriter: 20, seed: 23 });
      await waitForCatchUp(tdb.app.db);
      expect(await batchesOf('A')).toBe(aFinal);
      expect(await batchesOf('B')).toBeGreaterThan(0);
      expect((await compareWithFold(tdb.app.db, store)).mismatches).toEqual([]);
      console.log(`frozen holder: projections taken over ${takeoverMs} ms after the freeze (TTL ${ttl} ms)`);
      await stopAll();
    },
  );
});
