// The rebuild's bulk load writes its shadow tables with COPY (issue 18, item 4). Text that COPY's
// format gives a meaning to (tabs, newlines, backslashes, `\N`) and array literals' own syntax
// (commas, braces, quotes, the word NULL) must arrive as data: the rebuilt rows equal the ones the
// live runner upserted, column by column, and the drift report says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { EventStore } from '@app/event-store';
import { decideRegisterGroup, decideReportIncident, evolveGroup, evolveIncident } from '@app/domain';
import { RebuildRunner, type ProjectionRunner } from '@app/projections';
import { APP_ROLE, createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startProjectionRunner } from '../support/projections.js';
import { waitForCatchUp } from './support/model.js';
import { decideAndAppend } from './support/workload.js';

const HOSTILE = [
  'tab\there',
  'line\nbreak\r\nwindows',
  'back\\slash',
  '\\N',
  'a,b',
  '{braced}',
  'say "hi"',
  'NULL',
  'ünï €',
];

let tdb: TestDatabase;
let store: EventStore;
let runner: ProjectionRunner;
const groupId = randomUUID();
const incidentIds = HOSTILE.map(() => randomUUID());

beforeAll(async () => {
  tdb = await createTestDatabase('proj_rebuild_copy');
  store = new EventStore(tdb.app.db);
  runner = startProjectionRunner(tdb, { batchSize: 50 });
  const registered = await decideAndAppend(store, `group-${groupId}`, evolveGroup, (s) =>
    decideRegisterGroup(s, { groupId, name: 'Hostile\tName\\Group', aliases: HOSTILE, kind: 'militant' }),
  );
  expect(registered).not.toBeNull();
  for (const [i, text] of HOSTILE.entries()) {
    const incidentId = incidentIds[i];
    const r = await decideAndAppend(store, `incident-${incidentId}`, evolveIncident, () =>
      decideReportIncident(null, {
        incidentId,
        occurredAt: '2014-06-08',
        location: { country: 'PK', admin1: text, place: text },
        type: 'bombing',
        suicide: false,
        target: text,
        casualties: { killedMin: 1, killedMax: 2, injuredMin: null, injuredMax: null },
        summary: `${text} — summary`,
        sourceIds: [],
      } as any),
    );
    expect(r).not.toBeNull();
  }
  await waitForCatchUp(tdb.app.db);
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_indexes where tablename in ('rm_claims', 'rm_incidents', 'rm_groups')`.execute(
    tdb.owner.db,
  );
  indexCount = rows[0].n;
});

afterAll(async () => {
  await runner?.stop();
  await tdb?.drop();
});

let indexCount = 0;
const snapshot = async () => {
  const groups = await sql<any>`select * from rm_groups order by group_id`.execute(tdb.owner.db);
  const incidents = await sql<any>`select * from rm_incidents order by incident_id`.execute(tdb.owner.db);
  return { groups: groups.rows, incidents: incidents.rows };
};

describe('the bulk load by COPY', () => {
  it('rebuilds hostile text and arrays byte for byte: no drift, rows equal to what the live runner wrote', async () => {
    const live = await snapshot();
    const group = live.groups.find((g: any) => g.group_id === groupId);
    // Aliases are names: the domain folds their whitespace; the array syntax's own characters stay.
    expect(group.aliases).toEqual(
      expect.arrayContaining(['back\\slash', '\\N', 'a,b', '{braced}', 'say "hi"', 'NULL']),
    );
    expect(live.incidents.map((r: any) => r.state.target).sort()).toEqual([...HOSTILE].sort());

    await runner.stop();
    const rebuilds = new RebuildRunner(tdb.owner.db);
    const loads = new Set<string>();
    const report = await rebuilds.run(await rebuilds.begin('all', 'test'), {
      appRole: APP_ROLE,
      onProgress: (_n, p) => loads.add(p.load),
    });
    expect(report.status).toBe('succeeded');
    expect([...loads]).toEqual(['bulk']);
    expect(report.drift?.rows).toBe(0);

    const rebuilt = await snapshot();
    expect(rebuilt).toEqual(live);
    expect(rebuilt.incidents.find((r: any) => r.incident_id === incidentIds[1]).state.location.place).toBe(
      'line\nbreak\r\nwindows',
    );
    runner = startProjectionRunner(tdb, { batchSize: 50 });
  });

  it(
    'past its heap budget the bulk fold loads what it holds and finishes batch by batch: ' + 'the same rows, no drift',
    async () => {
      const live = await snapshot();
      await runner.stop();
      const rebuilds = new RebuildRunner(tdb.owner.db);
      // A budget of 0 bytes: the fold gives up after the first batch of 3 events, the rest go the batch path.
      const loads: string[] = [];
      const report = await rebuilds.run(await rebuilds.begin('all', 'test'), {
        appRole: APP_ROLE,
        batchSize: 3,
        bulkHeapBytes: 0,
        onProgress: (_n, p) => loads.push(`${p.phase}:${p.load}`),
      });
      // Only the first batch was folded; every later one went the batch path.
      expect(loads.slice(0, 2)).toEqual(['replay:batch', 'replay:batch']);
      expect(loads.length).toBeGreaterThan(3);
      expect(report.status).toBe('succeeded');
      expect(report.events).toBeGreaterThan(3);
      expect(report.drift?.rows).toBe(0);
      expect(await snapshot()).toEqual(live);
      // The secondary indexes were built once, before the batch path, and are all there after the swap.
      const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_indexes where tablename in ('rm_claims', 'rm_incidents', 'rm_groups')`.execute(
        tdb.owner.db,
      );
      expect(rows[0].n).toBe(indexCount);
      runner = startProjectionRunner(tdb, { batchSize: 50 });
    },
  );

  it(
    'a live model far behind is not replayed under the swap’s locks: ' + 'swapped without a comparison, and said so',
    async () => {
      await runner.stop();
      // A backlog the stopped live runner has not applied: one more incident.
      const incidentId = randomUUID();
      await decideAndAppend(store, `incident-${incidentId}`, evolveIncident, () =>
        decideReportIncident(null, {
          incidentId,
          occurredAt: '2015-01-01',
          location: { country: 'PK', admin1: null, place: null },
          type: 'bombing',
          suicide: false,
          target: 'behind',
          casualties: { killedMin: 0, killedMax: 1, injuredMin: null, injuredMax: null },
          summary: null,
          sourceIds: [],
        } as any),
      );
      // The rebuild reads the log gap-safely: a transaction open anywhere on the server (another
      // suite's) would hide the backlog from it, and the live model would not be behind at all.
      for (const deadline = Date.now() + 30_000; ;) {
        const { rows } = await sql<{ visible: boolean }>`
        select bool_and(transaction_id < pg_snapshot_xmin(pg_current_snapshot())) as visible
          from events where stream_id = ${`incident-${incidentId}`}`.execute(tdb.owner.db);
        if (rows[0].visible || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const rebuilds = new RebuildRunner(tdb.owner.db);
      const report = await rebuilds.run(await rebuilds.begin('incidents', 'test'), {
        appRole: APP_ROLE,
        liveCatchUpLimit: 0,
      });
      expect(report.status).toBe('succeeded');
      expect(report.drift).toMatchObject({ rows: 0, notCompared: { incidents: expect.any(Number) } });
      expect(report.drift!.notCompared!.incidents).toBeGreaterThan(0);
      // The rebuilt model has the backlog; the live runner resumes after it.
      const { rows } = await sql<{ target: string }>`
      select state->>'target' as target from rm_incidents where incident_id = ${incidentId}`.execute(tdb.owner.db);
      expect(rows).toEqual([{ target: 'behind' }]);
      runner = startProjectionRunner(tdb, { batchSize: 50 });
      await waitForCatchUp(tdb.app.db);
      expect((await snapshot()).incidents.filter((r: any) => r.incident_id === incidentId)).toHaveLength(1);
      // Within the limit (the default), the live model is brought forward and compared: no notCompared.
      const again = await rebuilds.run(await rebuilds.begin('incidents', 'test'), { appRole: APP_ROLE });
      expect(again.drift?.rows).toBe(0);
      expect(again.drift).not.toHaveProperty('notCompared');
    },
  );

  it(
    'a COPY that fails part-way fails the rebuild, ' + 'leaves the live model as it was and no shadow table behind',
    async () => {
      const live = await snapshot();
      // A check the hostile group breaks, NOT VALID on the live table; LIKE ... INCLUDING ALL copies
      // it onto the shadow table, where the COPY meets it.
      await sql`alter table rm_groups
                  add constraint no_null_alias check (not ('NULL' = any(aliases))) not valid`.execute(tdb.owner.db);
      try {
        const rebuilds = new RebuildRunner(tdb.owner.db);
        const report = await rebuilds.run(await rebuilds.begin('groups', 'test'), { appRole: APP_ROLE });
        expect(report.status).toBe('failed');
        expect(report.error).toMatch(/no_null_alias/);
        expect(await snapshot()).toEqual(live);
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from pg_tables
            where schemaname = 'public' and tablename like '%\\_\\_shadow'`.execute(tdb.owner.db);
        expect(rows[0].n).toBe(0);
      } finally {
        await sql`alter table rm_groups drop constraint no_null_alias`.execute(tdb.owner.db);
      }
    },
  );
});
