// Issue 8, R1: 32 writers append to 100 hot incident streams through the API with If-Match while
// another session holds a transaction (with an xid) open. Every answer is 201, 412 or 409; the
// log holds exactly the 201s, once each, in contiguous stream versions; the read models, held
// back by the open transaction, catch up afterwards and equal a fold of the log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { EventStore } from '@app/event-store';
import { ProjectionRunner } from '@app/projections';
import { compareWithFold, waitForCatchUp } from '../projections/support/model.js';
import { size } from '../support/sizes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { listen, type HttpClient } from './support/concurrency-http.js';
import { runWriters, type WriterRun } from './support/concurrency-writers.js';
import { startProjectionRunner } from '../support/projections.js';

const WRITERS = 32;
const STREAMS = 100;
const APPENDS = size(25, 1000);
/** A logical append gives up after this many 412s in a row (never reached in practice). */
const MAX_ATTEMPTS = 100;

let t: TestApp;
let http: HttpClient;
let runner: ProjectionRunner;
let holder: pg.Client;
let holderPid: number;
let holderXid: string;
const incidents: string[] = [];

beforeAll(async () => {
  t = await createTestApp('hard_concurrency');
  http = await listen(t);
  const created = await Promise.all(
    Array.from({ length: STREAMS }, (_, i) =>
      http.send('POST', '/v1/incidents', {
        key: t.keys.reporter,
        body: {
          occurredAt: '2023-07-12',
          location: { country: 'PK', place: `Checkpoint ${i}` },
          type: 'armed_assault',
          summary: `hot stream ${i}`,
        },
      }),
    ),
  );
  for (const c of created) {
    if (c.status !== 201) throw new Error(`setup: incident not created: ${c.status} ${c.text}`);
    incidents.push(c.body.id);
  }
  // The read models follow the log throughout, as the worker would.
  runner = startProjectionRunner(t.tdb, { pollMs: 100 });
  await waitForCatchUp(t.tdb.owner.db, 120_000);

  // The long transaction: an xid assigned by a write to a scratch table, no timeout of its own.
  await sql`create table hard_scratch (n int)`.execute(t.tdb.owner.db);
  holder = new pg.Client({ connectionString: t.tdb.url, application_name: 'claimtrail-hard-holder' });
  await holder.connect();
  await holder.query('set idle_in_transaction_session_timeout = 0');
  await holder.query('begin');
  await holder.query('insert into hard_scratch values (1)');
  const { rows } = await holder.query<{ pid: number; xid: string }>(
    'select pg_backend_pid() as pid, pg_current_xact_id()::text as xid',
  );
  holderPid = rows[0].pid;
  holderXid = rows[0].xid;
}, 180_000);

afterAll(async () => {
  await holder?.end().catch(() => undefined);
  await runner?.stop();
  await t?.close();
});

describe(
  `R1: ${WRITERS} writers x ${APPENDS} appends over ${STREAMS} hot streams ` + 'with If-Match, a transaction held open',
  () => {
    let run: WriterRun;
    const ok = new Map<string, number>();

    it(
      'answers every request with 2xx, 412 or 409 (never 5xx), and every append lands',
      async () => {
        run = await runWriters({
          http,
          keys: [t.keys.reporter, t.keys.analyst, t.keys.admin],
          incidents,
          writers: WRITERS,
          appends: APPENDS,
          maxAttempts: MAX_ATTEMPTS,
        });
        const byStatus: Record<number, number> = {};
        for (const p of run.posts) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
        const created = run.posts.filter((p) => p.status === 201);
        for (const p of created) ok.set(p.incidentId, (ok.get(p.incidentId) ?? 0) + 1);
        console.log(
          `R1 figures: ${run.posts.length} POSTs tried (${JSON.stringify(byStatus)}), ${run.gets.length} GETs, ` +
            `5xx: ${run.posts.filter((p) => p.status >= 500).length}, abandoned appends: ${run.abandoned}`,
        );

        expect(
          run.posts.filter((p) => ![201, 409, 412].includes(p.status)).map((p) => `${p.status} ${p.incidentId}`),
        ).toEqual([]);
        expect(run.gets.filter((g) => g.status !== 200)).toEqual([]);
        for (const p of run.posts.filter((x) => x.status !== 201))
          expect(p.contentType).toMatch(/^application\/problem\+json/);
        for (const p of created) expect(p.etag).toBe(`"${p.version}"`);
        // Every logical append got through (a 412 is retried at the version the 412 names).
        expect(run.abandoned).toBe(0);
        expect(created).toHaveLength(WRITERS * APPENDS);
      },
      size(180_000, 3_600_000),
    );

    it('the transaction stayed open with its xid for the whole load, and held the read models back', async () => {
      const { rows } = await sql<{ state: string; xid: string | null }>`
      select state, backend_xid::text as xid from pg_stat_activity where pid = ${holderPid}`.execute(t.tdb.owner.db);
      expect(rows).toEqual([{ state: 'idle in transaction', xid: holderXid }]);
      // Gap-safe followers read below the oldest open xid: nothing written since may be projected yet.
      const moved = await sql<{ n: number }>`select count(*)::int as n from rm_incidents where version > 1`.execute(
        t.tdb.owner.db,
      );
      expect(moved.rows[0].n).toBe(0);
      const seeded = await sql<{ n: number }>`select count(*)::int as n from rm_incidents`.execute(t.tdb.owner.db);
      expect(seeded.rows[0].n).toBe(STREAMS);
    });

    it('the log holds 1 + (2xx writes) events per stream, in versions 1..n without gaps or duplicates', async () => {
      const { rows } = await sql<{
        stream_id: string;
        n: number;
        lo: number;
        hi: number;
        distinct_versions: number;
        current: number;
      }>`
      select e.stream_id, count(*)::int as n, min(e.stream_version)::int as lo, max(e.stream_version)::int as hi,
             count(distinct e.stream_version)::int as distinct_versions, s.version::int as current
        from events e join streams s using (stream_id)
       where e.stream_type = 'incident' group by e.stream_id, s.version`.execute(t.tdb.owner.db);
      expect(rows).toHaveLength(STREAMS);
      const mismatched = rows.filter((r) => {
        const n = 1 + (ok.get(r.stream_id.slice('incident-'.length)) ?? 0);
        return r.n !== n || r.lo !== 1 || r.hi !== n || r.distinct_versions !== n || r.current !== n;
      });
      expect(mismatched).toEqual([]);
    });

    it("every 201's event is in the log exactly once, where the answer says; no event without a 201", async () => {
      const created = run.posts.filter((p) => p.status === 201);
      const { rows } = await sql<{ position: string; stream_id: string; stream_version: number; summary: string }>`
      select position::text, stream_id, stream_version, data->'fields'->>'summary' as summary
        from events where type = 'IncidentCorrected'`.execute(t.tdb.owner.db);
      const bySummary = new Map<string, typeof rows>();
      for (const r of rows) bySummary.set(r.summary, [...(bySummary.get(r.summary) ?? []), r]);
      const wrong: string[] = [];
      for (const p of created) {
        const found = bySummary.get(p.summary) ?? [];
        if (found.length !== 1) wrong.push(`${p.summary}: ${found.length} events`);
        else if (
          Number(found[0].position) !== p.position ||
          found[0].stream_id !== `incident-${p.incidentId}` ||
          Number(found[0].stream_version) !== p.version
        ) {
          wrong.push(
            `${p.summary}: answered ${p.incidentId} v${p.version} @${p.position}, ` +
              `logged ${found[0].stream_id} v${found[0].stream_version} @${found[0].position}`,
          );
        }
      }
      expect(wrong).toEqual([]);
      // Nothing refused (412/409) was recorded, and no 201 answered twice.
      expect(rows).toHaveLength(created.length);
      expect(new Set(created.map((p) => p.position)).size).toBe(created.length);
    });

    it(
      'once the transaction ends, the read models catch up ' + 'and equal a fold of each stream with the domain evolve',
      async () => {
        await holder.query('rollback');
        await waitForCatchUp(t.tdb.owner.db, 300_000);
        const comparison = await compareWithFold(t.tdb.owner.db, new EventStore(t.tdb.owner.db));
        expect(comparison.mismatches).toEqual([]);
        expect(comparison.incidents).toBe(STREAMS);
        const { rows } = await sql<{ n: number }>`select sum(version)::int as n from rm_incidents`.execute(
          t.tdb.owner.db,
        );
        expect(rows[0].n).toBe(STREAMS + WRITERS * APPENDS);
      },
      360_000,
    );
  },
);
