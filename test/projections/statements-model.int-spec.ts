// The statements read model (docs/API.md "Statements"): after concurrent writers it equals a
// from-scratch fold of every statement stream (state, flat columns, subjects), and a rebuild of
// every projection includes it and finds no drift.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import {
  evolveStatement,
  foldStatement,
  parsePartialDate,
  STATEMENT_KINDS,
  STATEMENT_VERDICTS,
  statementStreamId,
  type StatementState,
} from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectionRunner, RebuildRunner } from '@app/projections';
import { APP_ROLE, createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { asJson, sortKeys, waitForCatchUp } from './support/model.js';
import {
  decideAndAppend,
  int,
  mulberry32,
  pick,
  uuidFrom,
  type Rng,
  type World,
  seedDirectory,
} from './support/workload.js';
import { startProjectionRunner } from '../support/projections.js';

let tdb: TestDatabase;
let store: EventStore;
let world: World;
let runner: ProjectionRunner;
const persons: string[] = [];
const statementIds: string[] = [];

function someOf<T>(rng: Rng, xs: readonly T[], max: number): T[] {
  return [...new Set(Array.from({ length: int(rng, 0, max) }, () => pick(rng, xs)))];
}

function madeAt(rng: Rng): string {
  const y = int(rng, 2005, 2024);
  const m = String(int(rng, 1, 12)).padStart(2, '0');
  const d = String(int(rng, 1, 28)).padStart(2, '0');
  const p = rng();
  return p < 0.2 ? `${y}` : p < 0.5 ? `${y}-${m}` : p < 0.8 ? `${y}-${m}-${d}` : `${y}-${m}-${d}T10:15:00.000Z`;
}

/** One random command's events against the folded statement: recorded first, then assessments. */
function randomStatementEvents(rng: Rng, id: string, s: StatementState | null) {
  if (!s) {
    const p = rng();
    return [
      {
        type: 'StatementRecorded',
        data: {
          statementId: id,
          kind: pick(rng, STATEMENT_KINDS),
          madeAt: madeAt(rng),
          authorPersonId: p < 0.6 ? pick(rng, persons) : null,
          authorGroupId: p > 0.4 ? pick(rng, world.groups).id : null,
          about: {
            groupIds: someOf(
              rng,
              world.groups.map((g) => g.id),
              2,
            ),
            personIds: someOf(rng, persons, 2),
            incidentIds: someOf(rng, world.incidents, 2),
          },
          sourceId: pick(rng, world.sources),
          citation:
            rng() < 0.5
              ? {
                  url: 'https://example.org/s',
                  headline: 'h',
                  publishedAt: null,
                  archiveUrl: null,
                  quote: 'q',
                  language: 'en',
                }
              : null,
          summary: `statement ${id.slice(0, 8)}`,
        },
      },
    ];
  }
  return [
    {
      type: 'StatementAssessed',
      data: { assessmentId: uuidFrom(rng), verdict: pick(rng, STATEMENT_VERDICTS), basis: 'analysis' },
    },
  ];
}

beforeAll(async () => {
  tdb = await createTestDatabase('proj_statements');
  store = new EventStore(tdb.app.db);
  const rng = mulberry32(17);
  world = await seedDirectory(store, rng, 10);
  for (let i = 0; i < 6; i++) {
    const personId = uuidFrom(rng);
    await decideAndAppend(
      store,
      `person-${personId}`,
      (s: unknown) => s ?? {},
      () => [{ type: 'PersonRegistered', data: { personId, name: `Person ${i}`, aliases: [], summary: null } }],
    );
    persons.push(personId);
  }
  for (let i = 0; i < 40; i++) statementIds.push(uuidFrom(rng));
  runner = startProjectionRunner(tdb, { store, batchSize: 50 });
});

afterAll(async () => {
  await runner?.stop();
  await tdb?.drop();
});

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/** Every statement stream folded from scratch, and the rows the model must hold, worked out here. */
async function expectedModel() {
  const { rows: streams } = await sql<{ stream_id: string }>`
    select stream_id from streams where stream_type = 'statement' order by stream_id`.execute(tdb.owner.db);
  const folded = new Map<string, StatementState>();
  for (const s of streams) {
    const state = foldStatement(await store.readStream(s.stream_id));
    if (state) folded.set(state.id, state);
  }
  const subjects = [...folded.values()].flatMap((s) => [
    ...[...new Set(s.about.groupIds)].map((id) => `${s.id}|group|${id}`),
    ...[...new Set(s.about.personIds)].map((id) => `${s.id}|person|${id}`),
    ...[...new Set(s.about.incidentIds)].map((id) => `${s.id}|incident|${id}`),
  ]);
  return { folded, subjects: subjects.sort() };
}

async function modelMismatches(): Promise<{ mismatches: string[]; statements: number; assessments: number }> {
  const { folded, subjects } = await expectedModel();
  const mismatches: string[] = [];
  const { rows } = await sql<any>`select * from rm_statements`.execute(tdb.app.db);
  if (rows.length !== folded.size) mismatches.push(`rm_statements: ${rows.length} rows, the log has ${folded.size}`);
  for (const r of rows) {
    const f = folded.get(r.statement_id);
    if (!f) {
      mismatches.push(`rm_statements has ${r.statement_id}, the log has no such statement`);
      continue;
    }
    if (JSON.stringify(sortKeys(r.state)) !== JSON.stringify(sortKeys(asJson(f))))
      mismatches.push(`rm_statements ${r.statement_id}: state differs from the fold`);
    const period = parsePartialDate(f.madeAt)!;
    const got = [
      r.kind,
      r.made_at,
      iso(r.made_earliest),
      iso(r.made_latest),
      r.author_person_id,
      r.author_group_id,
      r.source_id,
      r.verdict,
      r.summary,
      Number(r.version),
      Number(r.position),
    ];
    const want = [
      f.kind,
      f.madeAt,
      period.earliest,
      period.latest,
      f.authorPersonId,
      f.authorGroupId,
      f.sourceId,
      f.assessments.at(-1)?.verdict ?? null,
      f.summary,
      f.version,
      f.position,
    ];
    if (JSON.stringify(got) !== JSON.stringify(want))
      mismatches.push(`rm_statements ${r.statement_id}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  }
  const { rows: subjectRows } = await sql<{ k: string }>`
    select statement_id || '|' || subject_type || '|' || subject_id as k from rm_statement_subjects order by 1`.execute(
    tdb.app.db,
  );
  const gotSubjects = subjectRows.map((r) => r.k).sort();
  if (JSON.stringify(gotSubjects) !== JSON.stringify(subjects))
    mismatches.push(`rm_statement_subjects: ${gotSubjects.length} rows, the fold has ${subjects.length}`);
  const assessments = [...folded.values()].reduce((n, s) => n + s.assessments.length, 0);
  return { mismatches, statements: folded.size, assessments };
}

describe('statements read model = fold of the log', () => {
  it(
    'after 6 concurrent writers over 40 statements, ' +
      'rm_statements and rm_statement_subjects equal a fold from scratch',
    async () => {
      let appended = 0;
      await Promise.all(
        Array.from({ length: 6 }, async (_, w) => {
          const rng = mulberry32(100 + w);
          for (let i = 0; i < 40; i++) {
            const id = pick(rng, statementIds);
            const r = await decideAndAppend(store, statementStreamId(id), evolveStatement, (s) =>
              randomStatementEvents(rng, id, s),
            );
            if (r) appended += r.events.length;
          }
        }),
      );
      expect(appended).toBe(240);
      await waitForCatchUp(tdb.app.db);
      const cmp = await modelMismatches();
      expect(cmp.mismatches).toEqual([]);
      expect(cmp.statements).toBeGreaterThanOrEqual(35);
      expect(cmp.assessments).toBe(240 - cmp.statements);
      // The fold's standing verdict is the last assessment's, and some statements have several.
      const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from rm_statements where jsonb_array_length(state->'assessments') > 1`.execute(
        tdb.app.db,
      );
      expect(rows[0].n).toBeGreaterThan(10);
    },
  );

  it(
    'a rebuild of every projection includes statements, ' + 'finds zero drift, and leaves the model equal to the fold',
    async () => {
      const rebuilds = new RebuildRunner(tdb.owner.db);
      const id = await rebuilds.begin('all', 'test');
      const report = await rebuilds.run(id, { batchSize: 37, appRole: APP_ROLE });
      expect(report.status).toBe('succeeded');
      expect(report.drift?.rows).toBe(0);
      expect(report.drift?.byTable).toEqual(expect.objectContaining({ rm_statements: 0, rm_statement_subjects: 0 }));
      expect((await modelMismatches()).mismatches).toEqual([]);
    },
  );

  it(
    'a statements-only rebuild reports the drift of a row ' + 'tampered with behind the projection, and repairs it',
    async () => {
      await sql`update rm_statements set verdict = 'tampered'
                 where statement_id = (select min(statement_id::text)::uuid from rm_statements)`.execute(tdb.owner.db);
      await sql`delete from rm_statement_subjects
                 where statement_id in (select statement_id from rm_statement_subjects limit 1)`.execute(tdb.owner.db);
      const rebuilds = new RebuildRunner(tdb.owner.db);
      const report = await rebuilds.run(await rebuilds.begin('statements', 'test'), { appRole: APP_ROLE });
      expect(report.status).toBe('succeeded');
      expect(report.drift?.byTable).toEqual({ rm_statements: 1, rm_statement_subjects: 1 });
      expect((await modelMismatches()).mismatches).toEqual([]);
    },
  );
});
