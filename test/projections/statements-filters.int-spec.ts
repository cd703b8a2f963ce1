// The statements list's filters (docs/API.md "Statements"): author and about by id, name or alias,
// kind, the standing verdict, partial-date from/to on madeAt, and keyset pages, each returning
// exactly the planted statements, in order (most recent first).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { evolveStatement, PersonNamesRepository, statementStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { listStatements, ListStatementsQuerySchema, ProjectionRunner } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { waitForCatchUp } from './support/model.js';
import { decideAndAppend, mulberry32, seedDirectory, uuidFrom, type World } from './support/workload.js';
import { startProjectionRunner } from '../support/projections.js';

let tdb: TestDatabase;
let store: EventStore;
let world: World;
let runner: ProjectionRunner;
const rng = mulberry32(5);
const P = { ehsan: uuidFrom(rng), khurasani: uuidFrom(rng), omar: uuidFrom(rng) };
const S: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> = {
  A: uuidFrom(rng),
  B: uuidFrom(rng),
  C: uuidFrom(rng),
  D: uuidFrom(rng),
  E: uuidFrom(rng),
  F: uuidFrom(rng),
};
const nameOf = Object.fromEntries(Object.entries(S).map(([k, v]) => [v, k]));
let ttp: string, iskp: string, tjp: string, incident: string;

async function person(personId: string, name: string, alias: string | null) {
  const names = new PersonNamesRepository(tdb.app.db);
  await decideAndAppend(
    store,
    `person-${personId}`,
    (s: unknown) => s ?? {},
    () => [{ type: 'PersonRegistered', data: { personId, name, aliases: alias ? [alias] : [], summary: null } }],
    {
      db: tdb.app.db,
      inTransaction: (trx) =>
        names.reserve(
          trx,
          personId,
          [{ name, isAlias: false }, ...(alias ? [{ name: alias, isAlias: true }] : [])],
          'name',
        ),
    },
  );
}

async function statement(
  id: string,
  d: {
    kind: string;
    madeAt: string;
    person?: string;
    group?: string;
    about?: { groupIds?: string[]; personIds?: string[]; incidentIds?: string[] };
  },
  verdicts: string[] = [],
) {
  await decideAndAppend(store, statementStreamId(id), evolveStatement, () => [
    {
      type: 'StatementRecorded',
      data: {
        statementId: id,
        kind: d.kind,
        madeAt: d.madeAt,
        authorPersonId: d.person ?? null,
        authorGroupId: d.group ?? null,
        about: { groupIds: [], personIds: [], incidentIds: [], ...d.about },
        sourceId: world.sources[0],
        citation: null,
        summary: `statement ${nameOf[id]}`,
      },
    },
    ...verdicts.map((verdict) => ({
      type: 'StatementAssessed',
      data: { assessmentId: uuidFrom(rng), verdict, basis: `judged ${verdict}` },
    })),
  ]);
}

beforeAll(async () => {
  tdb = await createTestDatabase('proj_statement_filters');
  store = new EventStore(tdb.app.db);
  world = await seedDirectory(store, mulberry32(6), 2, tdb.app.db);
  [ttp, iskp, tjp] = world.groups.map((g) => g.id);
  incident = world.incidents[0];
  await person(P.ehsan, 'Ehsanullah Ehsan', 'Ehsan');
  await person(P.khurasani, 'Muhammad Khurasani', 'Khurasani');
  await person(P.omar, 'Abu Omar', null);
  await statement(
    S.A,
    {
      kind: 'allegation',
      madeAt: '2021-03-05',
      person: P.ehsan,
      group: ttp,
      about: { groupIds: [iskp], personIds: [P.omar], incidentIds: [incident] },
    },
    ['doubtful', 'authentic'],
  );
  await statement(S.B, { kind: 'accusation', madeAt: '2021', person: P.ehsan, about: { groupIds: [tjp] } }, [
    'fabricated',
  ]);
  await statement(S.C, { kind: 'pledge', madeAt: '2022-06', group: iskp, about: { personIds: [P.ehsan] } });
  await statement(
    S.D,
    { kind: 'threat', madeAt: '2020-12-31T23:00:00.000Z', about: { incidentIds: [incident], groupIds: [ttp] } },
    ['unverified'],
  );
  await statement(
    S.E,
    {
      kind: 'announcement',
      madeAt: '2019-07-15',
      person: P.khurasani,
      group: tjp,
      about: { personIds: [P.khurasani] },
    },
    ['authentic'],
  );
  await statement(S.F, { kind: 'propaganda', madeAt: '2022-01-10', person: P.khurasani });
  runner = startProjectionRunner(tdb, { store });
  await waitForCatchUp(tdb.app.db);
});

afterAll(async () => {
  await runner?.stop();
  await tdb?.drop();
});

/** The planted statements the list returns for these parameters, by letter, in the list's order. */
async function list(params: Record<string, string>): Promise<string[]> {
  const body = await listStatements(tdb.app.db, ListStatementsQuerySchema.parse(params));
  return body.items.map((s) => nameOf[s.id]);
}

describe('GET /v1/statements filters (the query over rm_statements)', () => {
  it('without filters: every statement, most recent first by the earliest moment madeAt allows', async () => {
    expect(await list({})).toEqual(['C', 'F', 'A', 'B', 'D', 'E']);
  });

  it(
    'author: a person by name or alias (case-insensitive), ' +
      'a group by alias or id; an unknown name matches nothing',
    async () => {
      expect(await list({ author: 'Ehsan' })).toEqual(['A', 'B']);
      expect(await list({ author: 'ehsanullah ehsan' })).toEqual(['A', 'B']);
      expect(await list({ author: 'KHURASANI' })).toEqual(['F', 'E']);
      expect(await list({ author: P.khurasani })).toEqual(['F', 'E']);
      expect(await list({ author: 'TTP' })).toEqual(['A']);
      expect(await list({ author: iskp })).toEqual(['C']);
      expect(await list({ author: 'Nobody at all' })).toEqual([]);
    },
  );

  it('about: a group or person by id, name or alias, or an incident by id', async () => {
    expect(await list({ about: 'Islamic State Khorasan Province' })).toEqual(['A']);
    expect(await list({ about: 'Abu Omar' })).toEqual(['A']);
    expect(await list({ about: 'Ehsan' })).toEqual(['C']);
    expect(await list({ about: 'TTP' })).toEqual(['D']);
    expect(await list({ about: incident })).toEqual(['A', 'D']);
    expect(await list({ about: 'Khurasani' })).toEqual(['E']);
  });

  it('kind and verdict: the standing (latest) verdict counts; unassessed means none yet', async () => {
    expect(await list({ kind: 'pledge' })).toEqual(['C']);
    expect(await list({ verdict: 'authentic' })).toEqual(['A', 'E']);
    expect(await list({ verdict: 'doubtful' })).toEqual([]);
    expect(await list({ verdict: 'fabricated' })).toEqual(['B']);
    expect(await list({ verdict: 'unassessed' })).toEqual(['C', 'F']);
    expect(await list({ author: 'Ehsan', verdict: 'fabricated' })).toEqual(['B']);
  });

  it('from/to are partial-date aware: a statement is in when the period madeAt allows overlaps the range', async () => {
    expect(await list({ from: '2021' })).toEqual(['C', 'F', 'A', 'B']);
    expect(await list({ to: '2020' })).toEqual(['D', 'E']);
    expect(await list({ from: '2021-06', to: '2021-12' })).toEqual(['B']);
    expect(await list({ from: '2021-03-05', to: '2021-03-05' })).toEqual(['A', 'B']);
    expect(await list({ from: '2020-12-31T22:00:00Z', to: '2020-12-31T23:30:00+00:00' })).toEqual(['D']);
    const bad = ListStatementsQuerySchema.safeParse({ from: '2022', to: '2021' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['to']);
    expect(ListStatementsQuerySchema.safeParse({ from: '2021-13' }).success).toBe(false);
  });

  it('keyset pages: limit 2 walks every statement once, in order, and the last page has no nextCursor', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const body = await listStatements(
        tdb.app.db,
        ListStatementsQuerySchema.parse({ limit: '2', ...(cursor ? { cursor } : {}) }),
      );
      pages.push(body.items.map((s) => nameOf[s.id]));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(pages).toEqual([
      ['C', 'F'],
      ['A', 'B'],
      ['D', 'E'],
    ]);
  });

  it('items carry names beside every id', async () => {
    const body = await listStatements(tdb.app.db, ListStatementsQuerySchema.parse({ kind: 'allegation' }));
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: S.A,
      authorPersonId: P.ehsan,
      authorPersonName: 'Ehsanullah Ehsan',
      authorGroupId: ttp,
      authorGroupName: 'Tehreek-e-Taliban Pakistan',
      about: {
        groups: [{ id: iskp, name: 'Islamic State Khorasan Province' }],
        persons: [{ id: P.omar, name: 'Abu Omar' }],
        incidents: [{ id: incident }],
      },
      sourceId: world.sources[0],
      sourceName: 'Dawn',
      verdict: 'authentic',
    });
    expect(body.items[0].assessments.map((a) => a.verdict)).toEqual(['doubtful', 'authentic']);
  });
});
