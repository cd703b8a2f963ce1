// The app under attack: the real API in-process (listening, for raw sockets), a projection runner
// so reads with minPosition see writes, seeded ids for path parameters, and the operations of the
// app's own OpenAPI document.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { evolveIncident, incidentStreamId, StreamWriter } from '@app/domain';
import { bearer, createTestApp, type TestApp } from '../../support/test-app.js';
import { countEvents } from '../../support/test-database.js';
import { startProjectionRunner } from '../../support/projections.js';

export type Role = 'reporter' | 'analyst' | 'admin';

export interface Operation {
  /** `POST /v1/incidents/{id}/claims`: the key the tables below use. */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: any; required?: boolean }>;
  body?: { contentType: string; schema: any };
  public: boolean;
}

export interface Seeds {
  sources: [string, string];
  groups: {
    a: { id: string; name: string; alias: string };
    b: { id: string; name: string };
    c: { id: string; name: string };
  };
  incidents: { main: string; other: string; dup: string };
  claim: string;
  attribution: string;
  relation: string;
  review: string;
  /** An api key of its own, for DELETE /v1/admin/keys/{id} (never one the suite sends with). */
  spareKeyId: string;
  rebuildId: string;
  importId: string;
  /** A source's registration event: parked and unparked for `statements` (which ignores it). */
  parkableEventId: string;
  /** Position of the last seeded event (applied by the runner before the run starts). */
  head: number;
}

export interface Harness {
  t: TestApp;
  port: number;
  ops: Operation[];
  seeds: Seeds;
  /** Events in the log before the hostile run (the seeds), and the last seeded position. */
  eventsBefore: number;
  positionBefore: number;
  close(): Promise<void>;
}

/** Every operation of the OpenAPI document, with the parts the generators fuzz. */
export function operationsOf(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const params: any[] = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      ops.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true })),
        body: contentType ? { contentType, schema: content[contentType].schema ?? {} } : undefined,
        public: !op.security?.length,
      });
    }
  }
  return ops;
}

async function ok(t: TestApp, path: string, role: Role, body: object): Promise<any> {
  const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`seed POST ${path}: ${res.status} ${res.text}`);
  return res.body;
}

async function seed(t: TestApp): Promise<Seeds> {
  const tag = randomBytes(3).toString('hex');
  const s1 = (await ok(t, '/v1/sources', 'reporter', { name: `Hostile Wire ${tag}`, kind: 'news', reliability: 'B' }))
    .id;
  const s2 = (
    await ok(t, '/v1/sources', 'reporter', { name: `Hostile Desk ${tag}`, kind: 'official', reliability: 'C' })
  ).id;
  const a = { name: `Hostile Front ${tag}`, alias: `HF${tag}` };
  const b = { name: `Hostile Brigade ${tag}` };
  const c = { name: `Hostile Cell ${tag}` };
  const ga = (await ok(t, '/v1/groups', 'analyst', { name: a.name, aliases: [a.alias], kind: 'militant' })).id;
  const gb = (await ok(t, '/v1/groups', 'analyst', { name: b.name, kind: 'militant' })).id;
  const gc = (await ok(t, '/v1/groups', 'analyst', { name: c.name })).id;
  const incident = {
    occurredAt: '2023-07-12',
    location: { country: 'PK', place: 'Peshawar' },
    type: 'bombing',
    sourceIds: [s1],
  };
  const main = (await ok(t, '/v1/incidents', 'reporter', incident)).id;
  const other = (await ok(t, '/v1/incidents', 'reporter', { ...incident, occurredAt: '2023-07' })).id;
  const dup = (await ok(t, '/v1/incidents', 'reporter', { ...incident, occurredAt: '2023' })).id;
  const claim = (
    await ok(t, `/v1/incidents/${main}/claims`, 'reporter', {
      group: a.alias,
      channel: 'statement',
      claimedAt: '2023-07-12T18:00:00Z',
      sourceId: s1,
    })
  ).id;
  const attribution = (
    await ok(t, `/v1/incidents/${main}/attributions`, 'analyst', {
      group: b.name,
      confidence: 40,
      basis: 'seed',
      sourceIds: [s2],
    })
  ).id;
  const relation = (await ok(t, `/v1/groups/${ga}/relations`, 'analyst', { relation: 'rival_of', otherGroup: c.name }))
    .id;
  // Reviews are opened by the corroboration workflow; the seed writes one as that workflow would.
  const review = randomUUID();
  const written = await t.app.get(StreamWriter).write({
    streamId: incidentStreamId(main),
    evolve: evolveIncident,
    ctx: {
      actor: { keyId: 'system:corroboration', role: 'admin', name: 'hostile seed' },
      correlationId: 'hostile-seed-review',
    },
    resultId: review,
    incidentId: main,
    decide: () => [
      { type: 'ReviewRequested', data: { reviewId: review, claimId: claim, reason: 'seeded for the hostile suite' } },
    ],
  });
  const spare = await t.http
    .post('/v1/admin/keys')
    .set(bearer(t.keys.admin))
    .send({ name: 'spare key for DELETE', role: 'reporter' });
  if (spare.status !== 201) throw new Error(`seed key: ${spare.status} ${spare.text}`);
  const rebuild = await t.http.post('/v1/admin/projections/groups/rebuild').set(bearer(t.keys.admin));
  if (rebuild.status !== 202) throw new Error(`seed rebuild: ${rebuild.status} ${rebuild.text}`);
  const upload = await t.http
    .post('/v1/admin/imports')
    .set(bearer(t.keys.admin))
    .attach(
      'file',
      Buffer.from(
        'eventid,iyear,imonth,iday,country_txt,attacktype1_txt\n201901010001,2019,1,1,Pakistan,Bombing/Explosion\n',
      ),
      'seed.csv',
    );
  if (upload.status !== 202) throw new Error(`seed import: ${upload.status} ${upload.text}`);
  await until('the seed import', async () =>
    /succeeded|failed/.test(
      (await t.http.get(`/v1/admin/imports/${upload.body.id}`).set(bearer(t.keys.admin))).body.status,
    ),
  );
  return {
    sources: [s1, s2],
    groups: { a: { id: ga, ...a }, b: { id: gb, ...b }, c: { id: gc, ...c } },
    incidents: { main, other, dup },
    claim,
    attribution,
    relation,
    review,
    spareKeyId: spare.body.id,
    rebuildId: rebuild.body.id,
    importId: upload.body.id,
    parkableEventId: (
      await t.tdb.owner.db
        .selectFrom('events')
        .select('event_id')
        .where('stream_id', '=', `source-${s2}`)
        .executeTakeFirstOrThrow()
    ).event_id,
    head: written.position,
  };
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Boots the app on a private database and queue prefix, listens on 127.0.0.1, seeds. */
export async function startHarness(label: string): Promise<Harness> {
  const started = Date.now();
  const t = await createTestApp(label, {
    QUEUE_PREFIX: `{ct-${label}-${randomBytes(4).toString('hex')}}`,
    // A well-formed minPosition beyond the log's head waits this long before its documented 503.
    MIN_POSITION_WAIT_MS: '200',
  });
  const server: Server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const runner = startProjectionRunner(t.tdb);
  try {
    const seeds = await seed(t);
    // The import's events come after the review's: the head is the log's last position.
    const positionBefore = Number(
      (await sql<{ p: string | null }>`select max(position) as p from events`.execute(t.tdb.owner.db)).rows[0].p ?? 0,
    );
    seeds.head = positionBefore;
    // Reads of seeded ids need the read models. Followers read below the cluster-wide oldest xmin,
    // so another suite holding a transaction open on this server (R1 does) delays them: wait long.
    await until(
      'the read models to apply the seeds',
      async () =>
        (await t.http.get(`/v1/groups?minPosition=${seeds.head}`).set(bearer(t.keys.reporter))).status === 200,
      10 * 60_000,
    );
    if (Date.now() - started > 30_000)
      console.log(
        `${label}: set-up took ${Math.round((Date.now() - started) / 1000)} s ` +
          '(read models waited for the cluster-wide xmin)',
      );
    const doc = await t.http.get('/docs-json');
    if (doc.status !== 200) throw new Error(`GET /docs-json: ${doc.status}`);
    return {
      t,
      port,
      ops: operationsOf(doc.body),
      seeds,
      eventsBefore: await countEvents(t.tdb.owner.db),
      positionBefore,
      async close() {
        await runner.stop();
        await t.close();
      },
    };
  } catch (err) {
    await runner.stop();
    await t.close();
    throw err;
  }
}
