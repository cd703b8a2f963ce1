// Singleton followers under heartbeat leases (issue 9): live keepers share the followers out
// with each held by exactly one; a keeper that leaves or freezes loses them to the others within
// the TTL; a batch that began under a lease and would commit after a takeover is refused by the
// fence at commit; the ledger sealer runs under a lease the same way.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { FOLLOWERS, projectionFollower } from '@app/config';
import {
  EventStore,
  LeaseKeeper,
  LeaseLostError,
  LedgerSealer,
  LogSubscription,
  openLeaseDatabase,
  verifyLedger,
  type Lease,
  type LeasedFollower,
} from '@app/event-store';
import { incidentsProjection, LIVE, PROJECTIONS, ProjectionRunner } from '@app/projections';
import { compareWithFold, waitForCatchUp } from '../projections/support/model.js';
import { mulberry32, runWorkload, seedDirectory, type World } from '../projections/support/workload.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until as pollUntil, type Probe } from '../support/until.js';

let tdb: TestDatabase;
let store: EventStore;
let world: World;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  tdb = await createTestDatabase('scale_leases');
  store = new EventStore(tdb.app.db);
  world = await seedDirectory(store, mulberry32(5), 30);
});

afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  await tdb?.drop();
});

/** A keeper on its own lease pool, cleaned up after the file. */
function keeper(opts: { ttlMs?: number; heartbeatMs?: number; balance?: boolean; holder?: string } = {}): LeaseKeeper {
  const lease = openLeaseDatabase({ connectionString: tdb.url }, (opts.ttlMs ?? 1500) / 2);
  const k = new LeaseKeeper({
    db: lease.db,
    ttlMs: opts.ttlMs ?? 1500,
    heartbeatMs: opts.heartbeatMs ?? 100,
    balance: opts.balance,
    holder: opts.holder,
  });
  cleanups.push(
    () => lease.close(),
    () => k.stop(),
  );
  return k;
}

// Leases move within a heartbeat or two here: poll every 10 ms, and give up after 15 s unless told.
const until = <T>(what: string, probe: Probe<T>, timeoutMs = 15_000) => pollUntil(what, probe, timeoutMs, 10);

describe('sharing followers among live keepers', () => {
  it(
    'three balanced keepers hold five followers exactly once each, spread 2/2/1; ' +
      'the rest take over from one that stops or freezes, and a newcomer gets a share',
    async () => {
      const names = ['f:a', 'f:b', 'f:c', 'f:d', 'f:e'];
      // Followers that count themselves: never two of one name running at once in keepers that
      // heartbeat (a frozen keeper's followers are stopped by the fence, which these have not got).
      const running = new Map<string, Set<LeaseKeeper>>();
      const frozenKeepers = new Set<LeaseKeeper>();
      let overlaps = 0;
      const register = (k: LeaseKeeper) => {
        for (const n of names) {
          k.register(n, (): LeasedFollower => {
            const set = running.get(n) ?? new Set();
            running.set(n, set);
            if ([...set].some((other) => !frozenKeepers.has(other))) overlaps++;
            set.add(k);
            return { stop: async () => void set.delete(k) };
          });
        }
        k.start();
        return k;
      };
      const ks = [keeper({ balance: true }), keeper({ balance: true }), keeper({ balance: true })].map(register);
      const share = () => ks.map((k) => k.names.length).sort();
      const heldOnce = () => names.every((n) => ks.filter((k) => k.names.includes(n)).length === 1);
      await until('a 1/2/2 spread', () => heldOnce() && JSON.stringify(share()) === JSON.stringify([1, 2, 2]));

      // A keeper stopping hands its followers over at once (it releases them).
      await ks[0].stop();
      ks.shift();
      await until(
        'the two others to hold all five',
        () => heldOnce() && ks.reduce((n, k) => n + k.names.length, 0) === 5,
      );

      // A frozen keeper (no renewals, no watchdog) loses them after the TTL.
      const frozen = ks[0];
      const hadBefore = frozen.names.length;
      expect(hadBefore).toBeGreaterThan(0);
      const frozenAt = Date.now();
      frozen.freezeHeartbeats();
      frozenKeepers.add(frozen);
      const survivor = ks[1];
      await until('the survivor to hold all five', () => survivor.names.length === 5, 1500 + 5000);
      const takeoverMs = Date.now() - frozenAt;
      const { rows } = await sql<{
        holder: string;
      }>`select distinct holder from follower_leases where name like 'f:%' and expires_at > clock_timestamp()`.execute(
        tdb.owner.db,
      );
      expect(rows.map((r) => r.holder)).toEqual([survivor.holder]);

      // A newcomer gets a share handed over by the survivor.
      const newcomer = register(keeper({ balance: true }));
      await until(
        'the newcomer to get a share',
        () => newcomer.names.length >= 2 && survivor.names.length + newcomer.names.length === 5,
      );
      expect(names.every((n) => [survivor, newcomer].filter((k) => k.names.includes(n)).length === 1)).toBe(true);
      expect(overlaps).toBe(0);
      console.log(
        `balanced keepers: frozen holder's ${hadBefore} follower(s) taken over ${takeoverMs} ms ` +
          'after the freeze (TTL 1500 ms)',
      );
      await Promise.all([survivor.stop(), newcomer.stop(), frozen.stop()]);
    },
  );
});

describe('the fence at commit', () => {
  it(
    'a batch that began under a valid lease and reaches its commit after a takeover is refused; ' +
      'the new holder applies those events once',
    async () => {
      await runWorkload({ store, world, writers: 2, opsPerWriter: 30, seed: 31 });
      const name = projectionFollower(incidentsProjection.name);
      // A holds the incidents lease but runs no follower of its own: the test drives one batch by hand.
      const a = keeper({ ttlMs: 1500 });
      let leaseA: Lease | undefined;
      a.register(name, (lease) => {
        leaseA = lease;
        return { stop: async () => undefined };
      });
      a.start();
      await until('A to hold the incidents lease', () => leaseA);

      let entered = false;
      let release = false;
      const sub = new LogSubscription(tdb.app.db, store, {
        name,
        batchSize: 10_000,
        guard: leaseA!.guard,
        handle: async (events, trx) => {
          await incidentsProjection.apply(events, trx, LIVE);
          entered = true;
          // Busy (never idle) inside the transaction until released, so only the fence can stop it.
          while (!release) await sql`select pg_sleep(0.05)`.execute(trx);
        },
      });
      const batch = sub.processBatch().then(
        (n) => ({ committed: n }),
        (err: unknown) => ({ error: err }),
      );
      await until('the batch to be inside its transaction', () => entered);

      // A freezes; B (all projections) takes the incidents lease over once A's has expired.
      a.freezeHeartbeats();
      const b = new ProjectionRunner({
        db: tdb.app.db,
        store,
        connection: { connectionString: tdb.url },
        projections: PROJECTIONS,
        pollMs: 20,
        heartbeatMs: 100,
        leaseTtlMs: 1500,
      });
      cleanups.push(() => b.stop());
      b.start();
      const bToken = await until(
        'B to take the incidents lease',
        async () => {
          const { rows } = await sql<{
            token: string;
          }>`select token from follower_leases
              where name = ${name} and holder <> ${a.holder} and expires_at > clock_timestamp()`.execute(tdb.owner.db);
          return rows[0]?.token;
        },
        10_000,
      );
      expect(bToken).not.toBe(leaseA!.token);

      release = true;
      const outcome = await batch;
      expect('error' in outcome && outcome.error).toBeInstanceOf(LeaseLostError);
      await runWorkload({ store, world, writers: 2, opsPerWriter: 10, seed: 32 });
      await waitForCatchUp(tdb.app.db);
      const cmp = await compareWithFold(tdb.app.db, store);
      expect(cmp.mismatches).toEqual([]);
      const versions = await sql<{ n: number }>`
      select count(*)::int as n from rm_incidents i
        join streams s on s.stream_id = 'incident-' || i.incident_id
       where i.version <> s.version`.execute(tdb.owner.db);
      expect(versions.rows[0].n).toBe(0);
      await b.stop();
      await a.stop();
    },
  );
});

describe('the ledger sealer under a lease', () => {
  it(
    'of two workers only the lease holder seals; ' +
      'when it freezes the other takes over, the frozen one seals nothing more, and the chain verifies',
    async () => {
      const sealsBy = new Map<string, number>();
      const start = (k: LeaseKeeper, label: string) => {
        k.register(FOLLOWERS.sealer, (lease) => {
          const s = new LedgerSealer(tdb.app.db, {
            checkpoint: FOLLOWERS.sealer,
            batchSize: 25,
            intervalMs: 20,
            guard: {
              enter: lease.guard.enter,
              fence: async (trx) => {
                const at = await lease.guard.fence(trx);
                sealsBy.set(label, (sealsBy.get(label) ?? 0) + 1);
                return at;
              },
            },
            onError: (err) => {
              if (err instanceof LeaseLostError) k.reportLost(FOLLOWERS.sealer);
            },
          });
          s.start();
          return s;
        });
        k.start();
      };
      const a = keeper({ ttlMs: 1500 });
      start(a, 'A');
      await until('A to hold the sealer lease', () => a.names.includes(FOLLOWERS.sealer));
      const b = keeper({ ttlMs: 1500 });
      start(b, 'B');
      await runWorkload({ store, world, writers: 2, opsPerWriter: 20, seed: 41 });
      await until('A to seal', () => (sealsBy.get('A') ?? 0) > 0);
      expect(b.names).toEqual([]);

      a.freezeHeartbeats();
      await until('B to take the sealer over', () => b.names.includes(FOLLOWERS.sealer), 1500 + 5000);
      await until('A to stop its sealer (a refused batch)', () => a.names.length === 0, 5000);
      const aSeals = sealsBy.get('A');
      await runWorkload({ store, world, writers: 2, opsPerWriter: 20, seed: 42 });
      const total = async () =>
        (await sql<{ n: number }>`select count(*)::int as n from events`.execute(tdb.owner.db)).rows[0].n;
      const sealed = async () =>
        (
          await sql<{ n: number }>`select coalesce(sum(event_count), 0)::int as n from ledger_seals`.execute(
            tdb.owner.db,
          )
        ).rows[0].n;
      await until('every event sealed', async () => (await sealed()) === (await total()), 30_000);
      expect(sealsBy.get('A')).toBe(aSeals);
      expect(sealsBy.get('B') ?? 0).toBeGreaterThan(0);
      expect(await verifyLedger(tdb.app.db)).toMatchObject({ ok: true, firstMismatch: null, events: await total() });
      await b.stop();
      await a.stop();
    },
  );
});
