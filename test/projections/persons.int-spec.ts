// The persons read model (rm_persons, rm_person_affiliations): after several writers append to the
// same persons at once it equals a fold of each person's stream with the domain's evolve; a person
// read live at a random moment is what ?asOfPosition= and ?asOf= give later; a rebuild (persons
// alone, and all) replaces it with zero drift.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import {
  foldPerson,
  parsePartialDate,
  personStreamId,
  type PersonAffiliationState,
  type PersonState,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectionRunner, RebuildRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { APP_ROLE } from '../support/test-database.js';
import { asJson, waitForCatchUp } from './support/model.js';
import { runPersonsWorkload } from './support/persons-workload.js';
import { mulberry32, pick, seedDirectory, uuidFrom, type World } from './support/workload.js';
import { startProjectionRunner } from '../support/projections.js';
import { expectAsOfIsCapture, picture, type Capture } from './support/as-of.js';

let t: TestApp;
let store: EventStore;
let world: World;
let runner: ProjectionRunner;
let persons: string[];
let retried = 0;
const captures: Capture[] = [];

const get = (path: string) => t.http.get(path).set(bearer(t.keys.reporter));
const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

beforeAll(async () => {
  t = await createTestApp('proj_persons');
  store = new EventStore(t.tdb.app.db);
  const rng = mulberry32(71);
  world = await seedDirectory(store, rng, 0, t.tdb.app.db);
  persons = Array.from({ length: 8 }, () => uuidFrom(rng));
  runner = startProjectionRunner(t.tdb, { store, batchSize: 25 });
  // Live reads taken by the writers themselves between their commands, so they fall during the
  // writes however slow the machine is (reads of a person the projection has not reached are 404s).
  const r = mulberry32(72);
  const capture = async (_w: number, op: number) => {
    if (op % 2) return;
    const id = pick(r, persons);
    const res = await get(`/v1/persons/${id}`);
    if (res.status === 200) captures.push({ id, body: res.body });
    else if (res.status !== 404) throw new Error(`live read: ${res.status} ${JSON.stringify(res.body)}`);
  };
  ({ retried } = await runPersonsWorkload({
    store,
    world,
    persons,
    writers: 5,
    ops: 50,
    seed: 73,
    afterEach: capture,
  }));
  await waitForCatchUp(t.tdb.app.db);
}, 120_000);

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

/** Every person's row and affiliation rows against a fold of its stream, mapped here independently. */
async function compareWithPersonFold(): Promise<{ mismatches: string[]; affiliations: number }> {
  const mismatches: string[] = [];
  let affiliations = 0;
  const db = t.tdb.owner.db;
  for (const id of persons) {
    const f = foldPerson(await store.readStream(personStreamId(id)));
    const { rows } = await sql<any>`select * from rm_persons where person_id = ${id}`.execute(db);
    if (!f) {
      if (rows.length) mismatches.push(`rm_persons has ${id}, the log has no such person`);
      continue;
    }
    if (!rows[0]) {
      mismatches.push(`rm_persons lacks ${id}`);
      continue;
    }
    const r = rows[0];
    if (JSON.stringify(sortKeys(r.state)) !== JSON.stringify(sortKeys(asJson(f))))
      mismatches.push(`rm_persons ${id}: state differs from the fold`);
    const cols = { name: r.name, aliases: r.aliases, summary: r.summary, status: r.status, version: r.version };
    const want = {
      name: f.name,
      aliases: f.aliases.map((a) => a.alias),
      summary: f.summary,
      status: f.status?.status ?? null,
      version: f.version,
    };
    if (JSON.stringify(cols) !== JSON.stringify(want)) mismatches.push(`rm_persons ${id}: columns differ`);
    if (Number(r.position) !== f.position) mismatches.push(`rm_persons ${id}: position differs`);
    const { rows: affs } = await sql<any>`select * from rm_person_affiliations where person_id = ${id}`.execute(db);
    affiliations += affs.length;
    if (affs.length !== f.affiliations.length)
      mismatches.push(`rm_person_affiliations of ${id}: ${affs.length} rows for ${f.affiliations.length} affiliations`);
    for (const a of f.affiliations) {
      const row = affs.find((r) => r.affiliation_id === a.affiliationId);
      if (!row) mismatches.push(`rm_person_affiliations lacks ${a.affiliationId}`);
      for (const [column, value] of Object.entries(row ?? {})) {
        const got = JSON.stringify(column === 'valid_from' || column === 'valid_to' ? iso(value) : value);
        const want = JSON.stringify(expectedColumn(f, a, column));
        if (got !== want) mismatches.push(`rm_person_affiliations ${a.affiliationId} ${column}: ${got} vs ${want}`);
      }
    }
  }
  return { mismatches, affiliations };
}

/**
 * The oracle, column by column (every column the table has): the affiliation's field of the same
 * name camelCased (`x_text`: field x, the partial date as given), but the person's id and the
 * earliest start and latest end the partial dates allow. A column with no such field never matches.
 */
function expectedColumn(f: PersonState, a: PersonAffiliationState, column: string): unknown {
  if (column === 'person_id') return f.id;
  if (column === 'valid_from') return parsePartialDate(a.validFrom)!.earliest;
  if (column === 'valid_to') return a.validTo ? parsePartialDate(a.validTo)!.latest : null;
  const field = column.replace(/_text$/, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return (a as unknown as Record<string, unknown>)[field];
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

describe('persons read model after concurrent writers', () => {
  it('equals a fold of every person stream: state, columns and one affiliation row per affiliation', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from rm_persons`.execute(t.tdb.owner.db);
    expect(rows[0].n).toBe(persons.length);
    const cmp = await compareWithPersonFold();
    expect(cmp.mismatches).toEqual([]);
    expect(cmp.affiliations).toBeGreaterThanOrEqual(20);
    // Concurrency was real: some appends had to decide again, and statuses, ends and withdrawals exist.
    const { rows: kinds } = await sql<{ type: string; n: number }>`
      select type, count(*)::int as n from events where stream_type = 'person' group by type`.execute(t.tdb.owner.db);
    const by = Object.fromEntries(kinds.map((k) => [k.type, k.n]));
    expect(retried).toBeGreaterThan(0);
    for (const type of ['PersonAffiliationEnded', 'PersonAffiliationWithdrawn', 'PersonStatusRecorded'])
      expect(by[type]).toBeGreaterThan(0);
  });

  it('GET /v1/persons/{id} answers the fold with group and source names beside the ids', async () => {
    for (const id of persons) {
      const f = foldPerson(await store.readStream(personStreamId(id)))!;
      const res = await get(`/v1/persons/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, name: f.name, version: f.version, position: f.position });
      expect(res.body.affiliations.map((a: any) => [a.id, a.groupId, a.validTo, a.withdrawn])).toEqual(
        f.affiliations.map((a) => [a.affiliationId, a.groupId, a.validTo, a.withdrawn]),
      );
      for (const a of res.body.affiliations) {
        expect(a.groupName).toBe(world.groups.find((g) => g.id === a.groupId)!.name);
        if (a.toGroupId) expect(a.toGroupName).toBe(world.groups.find((g) => g.id === a.toGroupId)!.name);
        expect(a.sourceName === null).toBe(a.sourceId === null);
      }
      expect(res.body.status).toBe(f.status?.status ?? null);
      expect(res.body.statusHistory).toHaveLength(f.statusHistory.length);
    }
  });
});

describe('as of = live at that moment', () => {
  it('every live person read during the writes is what ?asOfPosition= and ?asOf=<recordedAt> answer now', async () => {
    expect(captures.length).toBeGreaterThanOrEqual(20);
    const final = new Map<string, number>();
    for (const id of persons) final.set(id, (await store.readStream(personStreamId(id))).length);
    expect(captures.filter((c) => c.body.version < final.get(c.id)!).length).toBeGreaterThanOrEqual(10);
    let byTime = 0;
    for (const c of captures) {
      const events = await store.readStream(personStreamId(c.id));
      if ((await expectAsOfIsCapture(get, `/v1/persons/${c.id}`, events, c)).byTime) byTime++;
    }
    expect(byTime).toBeGreaterThanOrEqual(captures.length * 0.8);
  });

  it('before the first event a person is a 404 as of that point; at the head it is the live read', async () => {
    const head = await store.headPosition();
    for (const id of persons) {
      const events = await store.readStream(personStreamId(id));
      const before = await get(`/v1/persons/${id}?asOfPosition=${events[0].position - 1}`);
      expect(before.status).toBe(404);
      const early = await get(`/v1/persons/${id}?asOf=${new Date(events[0].recordedAt.getTime() - 1).toISOString()}`);
      expect(early.status).toBe(404);
      const live = await get(`/v1/persons/${id}`);
      expect(picture((await get(`/v1/persons/${id}?asOfPosition=${head}`)).body)).toEqual(live.body);
    }
  });
});

describe('rebuild', () => {
  it('rebuilding persons, then all, replaces the model with zero drift and the same rows', async () => {
    const rebuilds = new RebuildRunner(t.tdb.owner.db);
    const one = await rebuilds.run(await rebuilds.begin('persons', 'test'), { appRole: APP_ROLE, batchSize: 40 });
    expect({ status: one.status, error: one.error ?? null }).toEqual({ status: 'succeeded', error: null });
    expect(one.drift).toMatchObject({ rows: 0, byTable: { rm_persons: 0, rm_person_affiliations: 0 } });
    const all = await rebuilds.run(await rebuilds.begin('all', 'test'), { appRole: APP_ROLE, batchSize: 40 });
    expect(all.status).toBe('succeeded');
    expect(all.drift?.rows).toBe(0);
    expect(Object.keys(all.drift?.byTable ?? {})).toEqual(
      expect.arrayContaining(['rm_persons', 'rm_person_affiliations']),
    );
    expect((await compareWithPersonFold()).mismatches).toEqual([]);
    // The app role still reads (the shadow tables got its grants before the swap).
    expect((await get(`/v1/persons?limit=500`)).body.items).toHaveLength(persons.length);
  });

  it('a drifted row (edited behind the projection) is reported and repaired by the rebuild', async () => {
    await waitForCatchUp(t.tdb.app.db);
    await sql`update rm_person_affiliations set withdrawn = not withdrawn where affiliation_id = (
      select affiliation_id from rm_person_affiliations order by affiliation_id limit 1)`.execute(t.tdb.owner.db);
    const rebuilds = new RebuildRunner(t.tdb.owner.db);
    const r = await rebuilds.run(await rebuilds.begin('persons', 'test'), { appRole: APP_ROLE });
    expect(r.drift).toMatchObject({ rows: 1, byTable: { rm_persons: 0, rm_person_affiliations: 1 } });
    expect((await compareWithPersonFold()).mismatches).toEqual([]);
  });
});
