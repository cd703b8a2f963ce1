// Historical reads (docs/DESIGN.md "Read side", docs/API.md "Reads"): what the live model showed for an
// incident at some moment during a concurrent workload is exactly what a fold of its stream up to
// that position gives, and what GET /v1/incidents/{id}?asOfPosition= and ?asOf=<recorded time>
// answer later. Then readers of the HTTP endpoints during a rebuild never see a partial model.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { foldIncident, toIncidentView } from '@app/domain';
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner, RebuildRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { APP_ROLE } from '../support/test-database.js';
import { asJson, compareWithFold, sleep, waitForCatchUp } from './support/model.js';
import { mulberry32, pick, runWorkload, seedDirectory, type World } from './support/workload.js';
import { startProjectionRunner } from '../support/projections.js';
import { expectAsOfIsCapture, picture, type Capture } from './support/as-of.js';

let t: TestApp;
let store: EventStore;
let world: World;
let runner: ProjectionRunner;

const captures: Capture[] = [];

const get = (path: string) => t.http.get(path).set(bearer(t.keys.reporter));

/** The names the picture puts beside ids (group, spokesperson, competing groups) are not in the fold. */
const withoutNames = (xs: any[]) =>
  xs.map(({ groupName: _n, spokespersonName: _s, competingGroupNames: _c, ...x }) => x);

beforeAll(async () => {
  t = await createTestApp('proj_asof');
  store = new EventStore(t.tdb.app.db);
  world = await seedDirectory(store, mulberry32(31), 30, t.tdb.app.db);
  runner = startProjectionRunner(t.tdb, { store, batchSize: 50 });

  // Writers and, beside them, a reader capturing live pictures at random moments.
  let writing = true;
  const capturers = [32, 34].map(async (seed) => {
    const rng = mulberry32(seed);
    while (writing) {
      const id = pick(rng, world.incidents);
      const res = await get(`/v1/incidents/${id}`);
      if (res.status === 200) captures.push({ id, body: res.body });
      else if (res.status !== 404) throw new Error(`live read: ${res.status} ${JSON.stringify(res.body)}`);
      await sleep(Math.floor(rng() * 10));
    }
  });
  await runWorkload({ store, world, writers: 4, opsPerWriter: 90, seed: 33 });
  writing = false;
  await Promise.all(capturers);
  await waitForCatchUp(t.tdb.app.db);
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('as of = live at that moment', () => {
  it(
    'a fold of the stream up to the captured position ' + 'equals the live picture captured during the writes',
    async () => {
      // Pictures at many different versions, not just the final ones.
      expect(captures.length).toBeGreaterThanOrEqual(30);
      const finalVersions = new Map<string, number>();
      for (const id of world.incidents) finalVersions.set(id, (await store.readStream(`incident-${id}`)).length);
      expect(captures.filter((c) => c.body.version < finalVersions.get(c.id)!).length).toBeGreaterThanOrEqual(10);

      for (const c of captures) {
        const folded = foldIncident(await store.readStream(`incident-${c.id}`, { toPosition: c.body.position }));
        const view = asJson(toIncidentView(folded!));
        const { claims, denials, attributions, ...rest } = c.body;
        expect({
          ...rest,
          claims: withoutNames(claims),
          denials: withoutNames(denials),
          attributions: withoutNames(attributions),
        }).toEqual(view);
        for (const x of [...claims, ...denials, ...attributions])
          expect(x.groupName).toEqual(world.groups.find((g) => g.id === x.groupId)!.name);
      }
    },
  );

  it('GET ?asOfPosition= and ?asOf=<recordedAt> give back exactly the captured live picture', async () => {
    let byTime = 0;
    let between = 0;
    for (const c of captures) {
      const events = await store.readStream(`incident-${c.id}`);
      const { recorded, next, byTime: read } = await expectAsOfIsCapture(get, `/v1/incidents/${c.id}`, events, c);
      if (read) byTime++;
      // Any time before the next event was recorded still gives the captured picture.
      if (next !== undefined && next - recorded >= 2) {
        const r = await get(`/v1/incidents/${c.id}?asOf=${new Date(next - 1).toISOString()}`);
        expect(picture(r.body)).toEqual(c.body);
        between++;
      }
    }
    expect(byTime).toBeGreaterThanOrEqual(captures.length * 0.8);
    expect(between).toBeGreaterThan(0);
  });

  it(
    'once caught up, every incident as of the head (by position and by time) ' +
      'is its live picture, and the models equal a fold',
    async () => {
      const cmp = await compareWithFold(t.tdb.app.db, store);
      expect(cmp.mismatches).toEqual([]);
      const head = await store.headPosition();
      const now = new Date(Date.now() + 1000).toISOString();
      for (const id of world.incidents) {
        const live = await get(`/v1/incidents/${id}`);
        if (live.status === 404) {
          expect((await store.readStream(`incident-${id}`)).length).toBe(0);
          continue;
        }
        expect(live.status).toBe(200);
        expect(picture((await get(`/v1/incidents/${id}?asOfPosition=${head}`)).body)).toEqual(live.body);
        expect(picture((await get(`/v1/incidents/${id}?asOf=${now}`)).body)).toEqual(live.body);
      }
    },
  );
});

describe('HTTP readers during a rebuild', () => {
  it(
    'GET /v1/incidents?limit=500 and an incident answer in full, ' +
      'never partial, while all models are rebuilt and swapped',
    async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from rm_incidents`.execute(t.tdb.owner.db);
      const n = rows[0].n;
      expect(n).toBeGreaterThanOrEqual(25);
      const { rows: busiest } = await sql<{
        id: string;
      }>`select incident_id::text as id from rm_incidents order by version desc, incident_id limit 1`.execute(
        t.tdb.owner.db,
      );
      const one = busiest[0].id;
      const liveOne = (await get(`/v1/incidents/${one}`)).body;

      let done = false;
      const problems: string[] = [];
      let reads = 0;
      const loop = async (path: string, check: (res: any) => string | null) => {
        while (!done) {
          const res = await get(path);
          reads++;
          const p = res.status === 200 ? check(res) : `${res.status} ${JSON.stringify(res.body)}`;
          if (p) problems.push(`${path}: ${p}`);
        }
      };
      const readers = [
        loop('/v1/incidents?limit=500', (r) =>
          r.body.items.length === n ? null : `${r.body.items.length} items, not ${n}`,
        ),
        loop('/v1/incidents?limit=500', (r) =>
          r.body.items.length === n ? null : `${r.body.items.length} items, not ${n}`,
        ),
        loop(`/v1/incidents/${one}`, (r) =>
          JSON.stringify(r.body) === JSON.stringify(liveOne) ? null : 'a different picture',
        ),
      ];
      await sleep(50);
      const rebuilds = new RebuildRunner(t.tdb.owner.db);
      const report = await rebuilds.run(await rebuilds.begin('all', 'test'), { appRole: APP_ROLE, batchSize: 100 });
      await sleep(50);
      done = true;
      await Promise.all(readers);

      expect(report.status).toBe('succeeded');
      expect(report.drift?.rows).toBe(0);
      expect(reads).toBeGreaterThan(20);
      expect(problems).toEqual([]);
    },
  );
});

describe('a read that meets the swap', () => {
  // The swap drops and renames rm_incidents, rm_claims, rm_denials, rm_attributions, rm_reviews in
  // that order, in one transaction. A single-statement read that locks them in another order can
  // deadlock with it. Deterministic interleaving: an in-flight read of rm_incidents (B) holds the
  // swap at its first DROP; the mismatch report (R) then takes rm_claims and queues on rm_incidents
  // behind the swap; B ends; the swap takes rm_incidents and waits for rm_claims, held by R.
  it(
    'the claim-attribution mismatch report, read while the swap waits ' +
      'on an in-flight reader, answers in full and the rebuild succeeds',
    async () => {
      await waitForCatchUp(t.tdb.app.db);
      const before = await get('/v1/analytics/claim-attribution-mismatches?limit=500');
      expect(before.status).toBe(200);
      expect(before.body.items.length).toBeGreaterThan(0);

      const waiting = async (mode: string) => {
        const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation
         where c.relname = 'rm_incidents' and l.mode = ${mode} and not l.granted
           and l.database = (select oid from pg_database where datname = current_database())`.execute(t.tdb.owner.db);
        return rows[0].n > 0;
      };
      const until = async (what: string, ok: () => Promise<boolean>) => {
        const deadline = Date.now() + 20_000;
        while (!(await ok())) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await sleep(10);
        }
      };

      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const blocker = t.tdb.app.db.transaction().execute(async (trx) => {
        await sql`select count(*) from rm_incidents`.execute(trx);
        await gate;
      });
      const rebuilds = new RebuildRunner(t.tdb.owner.db);
      const rebuild = rebuilds.run(await rebuilds.begin('all', 'test'), { appRole: APP_ROLE, batchSize: 500 });
      try {
        await until('the swap to wait for rm_incidents', () => waiting('AccessExclusiveLock'));
        const read = get('/v1/analytics/claim-attribution-mismatches?limit=500').then((r) => r);
        await until('the mismatch report to queue on rm_incidents', () => waiting('AccessShareLock'));
        release();
        await blocker;
        const [res, report] = await Promise.all([read, rebuild]);
        expect({ status: report.status, error: report.error ?? null }).toEqual({ status: 'succeeded', error: null });
        expect(res.status).toBe(200);
        expect(res.body.items).toEqual(before.body.items);
      } finally {
        release();
        await blocker.catch(() => undefined);
        await rebuild.catch(() => undefined);
      }
    },
  );
});

describe('GET /v1/admin/projections lag', () => {
  it(
    'is 0 once every event is applied, ' + 'even when the last event in commit order is not the highest position',
    async () => {
      // T1 takes its transaction id first but appends last: the log's order, (transaction, position),
      // then ends on T2's event while T1's event holds the highest position.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let started!: () => void;
      const hasXid = new Promise<void>((r) => (started = r));
      const t1 = t.tdb.app.db.transaction().execute(async (trx) => {
        await sql`select pg_current_xact_id()`.execute(trx);
        started();
        await gate;
        return store.append(`test-${randomUUID()}`, [{ type: 'Noise', data: { n: 1 } }], { trx });
      });
      await hasXid;
      const r2 = await store.append(`test-${randomUUID()}`, [{ type: 'Noise', data: { n: 2 } }]);
      release();
      const r1 = await t1;
      expect(r1.lastPosition).toBeGreaterThan(r2.lastPosition);

      await waitForCatchUp(t.tdb.app.db);
      const res = await t.http.get(`/v1/admin/projections?minPosition=${r1.lastPosition}`).set(bearer(t.keys.admin));
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: any) => [i.name, i.lag])).toEqual(PROJECTIONS.map((p) => [p.name, 0]));
    },
  );
});
