// DATABASE_READ_URL (issue 9): the query endpoints and their minPosition waits use the read
// database; writes stay on the main one. The "replica" here is a second database that receives
// the primary's data only when the test copies it (pg_dump | psql), so what each read sees shows
// which database it queried.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { allProjectionsReached, type ProjectionRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { READ_MODEL_TABLES, startProjectionRunner } from '../support/projections.js';

let t: TestApp;
let replica: TestDatabase;
let runner: ProjectionRunner;

beforeAll(async () => {
  replica = await createTestDatabase('scale_replica');
  process.env.MIN_POSITION_WAIT_MS = '700';
  t = await createTestApp('scale_primary', { DATABASE_READ_URL: replica.url });
  runner = startProjectionRunner(t.tdb, { heartbeatMs: 100 });
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
  await replica?.drop();
  delete process.env.MIN_POSITION_WAIT_MS;
  delete process.env.DATABASE_READ_URL;
});

/** What streaming replication would have done by now: the primary's log, checkpoints and read models, copied. */
function replicate(): void {
  const tables = ['events', 'streams', 'checkpoints', 'rm_*'].flatMap((x) => ['-t', x]);
  const dump = spawnSync('pg_dump', ['--data-only', ...tables, t.tdb.url], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (dump.status !== 0) throw new Error(`pg_dump: ${dump.stderr}`);
  for (const table of ['events', 'streams', 'checkpoints', ...READ_MODEL_TABLES]) {
    // A fresh copy each time, as a replica is (the log's own triggers forbid this on a real one).
    const r = spawnSync(
      'psql',
      [
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        replica.url,
        '-c',
        `alter table ${table} disable trigger user; delete from ${table}; alter table ${table} enable trigger user`,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  }
  const load = spawnSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', replica.url], {
    input: dump.stdout,
    encoding: 'utf8',
  });
  if (load.status !== 0) throw new Error(`psql: ${load.stderr}`);
}

async function reportIncident(place: string): Promise<{ id: string; position: number }> {
  const res = await t.http
    .post('/v1/incidents')
    .set(bearer(t.keys.reporter))
    .send({ occurredAt: '2023-01-30', type: 'bombing', location: { country: 'Pakistan', place } });
  expect(res.status).toBe(201);
  return { id: res.body.id, position: res.body.position };
}

async function appliedOnPrimary(position: number): Promise<void> {
  for (const deadline = Date.now() + 30_000; !(await allProjectionsReached(t.tdb.app.db, position));) {
    if (Date.now() > deadline) throw new Error(`primary projections did not reach ${position}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('query endpoints on DATABASE_READ_URL', () => {
  it('read the replica, and minPosition waits until the replica has applied the write', async () => {
    const first = await reportIncident('Peshawar');
    await appliedOnPrimary(first.position);

    // Applied on the primary, not on the replica: the read waits on the replica and gives up.
    const waiting = await t.http
      .get(`/v1/incidents/${first.id}?minPosition=${first.position}`)
      .set(bearer(t.keys.reporter));
    expect(waiting.status).toBe(503);
    expect(waiting.headers['retry-after']).toBe('1');
    expect((await t.http.get(`/v1/incidents/${first.id}`).set(bearer(t.keys.reporter))).status).toBe(404);
    expect((await t.http.get(`/v1/incidents/${first.id}/history`).set(bearer(t.keys.reporter))).status).toBe(404);

    replicate();
    const read = await t.http
      .get(`/v1/incidents/${first.id}?minPosition=${first.position}`)
      .set(bearer(t.keys.reporter));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first.id, location: { place: 'Peshawar' } });
    const history = await t.http.get(`/v1/incidents/${first.id}/history`).set(bearer(t.keys.reporter));
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: any) => e.type)).toEqual(['IncidentReported']);

    // A later write lands on the primary (writes never use the read pool) and is not on the replica yet.
    const second = await reportIncident('Quetta');
    await appliedOnPrimary(second.position);
    expect((await t.http.get(`/v1/incidents/${second.id}`).set(bearer(t.keys.reporter))).status).toBe(404);
    const list = await t.http.get('/v1/incidents').set(bearer(t.keys.reporter));
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: any) => i.id)).toEqual([first.id]);

    replicate();
    const both = await t.http.get(`/v1/incidents?minPosition=${second.position}`).set(bearer(t.keys.reporter));
    expect(both.status).toBe(200);
    expect(both.body.items.map((i: any) => i.id).sort()).toEqual([first.id, second.id].sort());
  });
});
