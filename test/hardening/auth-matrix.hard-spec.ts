// Issue 8, R4: every operation of the OpenAPI document against every role (no key and revoked
// keys 401, roles below the minimum 403, the minimum and above the documented 2xx), a key revoked
// mid-run, per-key rate limits (429 + Retry-After), and no key or secret in the logs.
//
// nestjs-pino builds one pino-http logger per process, with the settings of the first app: so the
// app with LOG_LEVEL=trace (and a small rate limit) is created first, with stdout captured, and
// every request of this file, the matrix's too, is logged into the capture the last test reads.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import type { Response } from 'supertest';
import type { ProjectionRunner } from '@app/projections';
import { sleep, waitForCatchUp } from '../projections/support/model.js';
import { size } from '../support/sizes.js';
import { ADMIN_KEY, bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { captureStdout, type LogCapture } from './support/auth-matrix-logs.js';
import { EXPECTED, MatrixFixtures, ROLE_ORDER, send, type Role } from './support/auth-matrix-table.js';
import { obliterateMaintenanceQueue } from '../support/redis-cleanup.js';
import { startProjectionRunner } from '../support/projections.js';

const CATCH_UP_MS = size(300_000, 1_200_000);
const QUEUE_PREFIX = `{ct-hard-auth-${randomUUID().slice(0, 8)}}`;
let t: TestApp;
/** The app with LOG_LEVEL=trace, RATE_LIMIT_PER_SECOND=1 and a burst of 5. */
let b: TestApp;
let logs: LogCapture;
/** Every key secret this file saw (created, shown once, or configured). */
const secrets = new Set<string>([ADMIN_KEY]);
let fx: MatrixFixtures;
let runner: ProjectionRunner;
let doc: any;
/** The matrix's keys: reporter and analyst from the test app, and a stored (not bootstrap) admin key. */
const keys = {} as Record<Role, string>;
let revokedKey: string;

async function createKey(
  app: TestApp,
  role: Role,
  name = `${role} ${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; key: string }> {
  const res = await app.http.post('/v1/admin/keys').set(bearer(ADMIN_KEY)).send({ name, role });
  if (res.status !== 201) throw new Error(`key: ${res.status} ${res.text}`);
  secrets.add(res.body.key);
  return res.body;
}

function expectProblem(res: Response, status: number, what: string): void {
  expect({ what, status: res.status }).toEqual({ what, status });
  expect({ what, type: res.headers['content-type'] }).toEqual({
    what,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(JSON.parse(res.text)).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
}

async function recordedUnder(correlationIds: string[]): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from events where metadata->>'correlationId' = any(${correlationIds})`.execute(
    t.tdb.owner.db,
  );
  return rows[0].n;
}

async function importSettled(app: TestApp, id: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await app.http.get(`/v1/admin/imports/${id}`).set(bearer(ADMIN_KEY));
    if (['succeeded', 'failed'].includes(res.body?.status) || Date.now() > deadline) return res.body?.status;
    await sleep(50);
  }
}

beforeAll(async () => {
  logs = captureStdout();
  b = await createTestApp('hard_auth_logs', {
    QUEUE_PREFIX,
    LOG_LEVEL: 'trace',
    RATE_LIMIT_PER_SECOND: '1',
    RATE_LIMIT_BURST: '5',
  });
  t = await createTestApp('hard_auth', { QUEUE_PREFIX, LOG_LEVEL: 'trace', RATE_LIMIT_PER_SECOND: '0' });
  for (const k of [...Object.values(t.keys), ...Object.values(b.keys)]) secrets.add(k);
  fx = new MatrixFixtures(t);
  await fx.setUp();
  expect(await importSettled(t, fx.importId)).toBe('succeeded');
  Object.assign(keys, { reporter: t.keys.reporter, analyst: t.keys.analyst, admin: (await createKey(t, 'admin')).key });
  const revoked = await createKey(t, 'admin', 'revoked admin');
  revokedKey = revoked.key;
  if ((await t.http.delete(`/v1/admin/keys/${revoked.id}`).set(bearer(ADMIN_KEY))).status !== 204)
    throw new Error('could not revoke');
  runner = startProjectionRunner(t.tdb, { pollMs: 50 });
  // The reads of single groups and incidents need their rows projected. The gap-safe reader waits
  // for the oldest transaction on the whole server: R1 holds one open on purpose while it runs.
  await waitForCatchUp(t.tdb.owner.db, CATCH_UP_MS);
  doc = (await t.http.get('/docs-json')).body;
}, CATCH_UP_MS + 120_000);

afterAll(async () => {
  await runner?.stop();
  await obliterateMaintenanceQueue(QUEUE_PREFIX);
  await t?.close();
  await b?.close();
  logs?.restore();
});

describe('the OpenAPI document and the expectation table', () => {
  it('name exactly the same operations', () => {
    const documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBeGreaterThan(30);
    expect({
      notInTable: documented.filter((op) => !(op in EXPECTED)),
      notDocumented: Object.keys(EXPECTED).filter((op) => !documented.includes(op)),
    }).toEqual({
      notInTable: [],
      notDocumented: [],
    });
  });

  it('declares bearer auth on every operation that needs a key, and none on the public ones', () => {
    for (const [op, min] of Object.entries(EXPECTED)) {
      const [method, path] = op.split(' ');
      const security = doc.paths[path][method.toLowerCase()].security ?? [];
      expect({ op, bearer: security.some((s: object) => 'bearer' in s) }).toEqual({ op, bearer: min !== 'public' });
    }
  });
});

describe('role x endpoint', () => {
  it.each(Object.keys(EXPECTED))('%s', async (op) => {
    const min = EXPECTED[op];
    const first = await fx.request(op);
    if (min === 'public') {
      for (const auth of [undefined, `Bearer ${revokedKey}`, `Bearer ${keys.reporter}`]) {
        const res = await send(t, first, auth);
        expect({ op, auth: auth ? 'key' : 'none', status: res.status }).toEqual({
          op,
          auth: auth ? 'key' : 'none',
          status: first.status,
        });
      }
      return;
    }
    const refused: string[] = [];
    const refuse = async (auth: string | undefined, status: number, what: string) => {
      const correlationId = `refused-${randomUUID()}`;
      refused.push(correlationId);
      const res = await send(t, first, auth, { 'X-Correlation-Id': correlationId });
      expectProblem(res, status, `${op} ${what}`);
      if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    };
    await refuse(undefined, 401, 'without a key');
    await refuse(`Bearer ${revokedKey}`, 401, 'with a revoked admin key');
    await refuse(`Bearer ct_${randomUUID()}`, 401, 'with an unknown key');
    await refuse(
      `Basic ${Buffer.from(`admin:${keys.admin}`).toString('base64')}`,
      401,
      'with an admin key as Basic auth',
    );
    const rank = ROLE_ORDER.indexOf(min);
    for (const role of ROLE_ORDER.slice(0, rank)) await refuse(`Bearer ${keys[role]}`, 403, `as ${role}`);
    expect(await recordedUnder(refused)).toBe(0);

    for (const [i, role] of ROLE_ORDER.slice(rank).entries()) {
      const r = i === 0 ? first : await fx.request(op);
      const res = await send(t, r, `Bearer ${keys[role]}`);
      if (res.status !== r.status)
        throw new Error(`${op} as ${role}: expected ${r.status}, got ${res.status} ${res.text?.slice(0, 300)}`);
      if (typeof res.body?.key === 'string') secrets.add(res.body.key);
      // An accepted import runs in this process: let it finish before the next operation.
      if (op === 'POST /v1/admin/imports') expect(await importSettled(t, res.body.id)).toBe('succeeded');
    }
  });

  it(
    'routes outside the OpenAPI document: /metrics and /docs are public; ' +
      'bull-board wants an admin key (Bearer or Basic)',
    async () => {
      expect((await t.http.get('/metrics')).status).toBe(200);
      expect((await t.http.get('/docs-json')).status).toBe(200);
      expect([200, 301]).toContain((await t.http.get('/docs')).status);
      expectProblem(await t.http.get('/admin/queues'), 401, 'bull-board without a key');
      for (const role of ['reporter', 'analyst'] as const)
        expectProblem(await t.http.get('/admin/queues').set(bearer(keys[role])), 403, `bull-board as ${role}`);
      expect((await t.http.get('/admin/queues').set(bearer(keys.admin))).status).toBe(200);
      const basic = Buffer.from(`admin:${keys.admin}`).toString('base64');
      expect((await t.http.get('/admin/queues').set('Authorization', `Basic ${basic}`)).status).toBe(200);
    },
  );
});

describe('revocation mid-run', () => {
  it('a key revoked while it is in use answers 401 on every request sent after the revocation returned', async () => {
    const k = await createKey(t, 'reporter');
    const seen: Array<{ after: boolean; status: number; type: string; correlationId: string }> = [];
    let revokedAt = 0;
    let stop = false;
    const lane = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        const after = revokedAt > 0;
        const correlationId = `mid-run-${lane}-${i}-${randomUUID().slice(0, 8)}`;
        const res =
          i % 2
            ? await t.http.get('/v1/sources?limit=1').set(bearer(k.key))
            : await t.http
                .post('/v1/sources')
                .set(bearer(k.key))
                .set('X-Correlation-Id', correlationId)
                .send({ name: `mid-run ${correlationId}`, kind: 'news', reliability: 'C' });
        seen.push({ after, status: res.status, type: res.headers['content-type'] ?? '', correlationId });
        if (seen.filter((s) => s.after).length >= 40) stop = true;
      }
    };
    const lanes = [0, 1, 2, 3].map(lane);
    const deadline = Date.now() + 30_000;
    while (seen.filter((s) => [200, 201].includes(s.status)).length < 20 && Date.now() < deadline) await sleep(5);
    expect((await t.http.delete(`/v1/admin/keys/${k.id}`).set(bearer(ADMIN_KEY))).status).toBe(204);
    revokedAt = Date.now();
    await Promise.all(lanes);

    const before = seen.filter((s) => !s.after);
    const after = seen.filter((s) => s.after);
    expect(before.filter((s) => [200, 201].includes(s.status)).length).toBeGreaterThanOrEqual(20);
    expect(after.length).toBeGreaterThanOrEqual(40);
    expect(after.filter((s) => s.status !== 401 || !/^application\/problem\+json/.test(s.type))).toEqual([]);
    expect(await recordedUnder(after.map((s) => s.correlationId))).toBe(0);
  });
});

describe('rate limits (the app with RATE_LIMIT_PER_SECOND=1, burst 5)', () => {
  it(
    'a key over its limit answers 429 problem+json with Retry-After and records nothing; ' +
      'another key is not limited',
    async () => {
      const x = await createKey(b, 'reporter', 'limited');
      const y = await createKey(b, 'reporter', 'not limited');
      const answers: Response[] = [];
      for (let i = 0; i < 10; i++) {
        answers.push(
          await b.http
            .post('/v1/sources')
            .set(bearer(x.key))
            .send({ name: `Limited ${i} ${x.id}`, kind: 'news', reliability: 'C' }),
        );
      }
      // The burst of 5 passes; then 429s (a token may refill on a slow machine, never the whole burst).
      expect(answers.slice(0, 5).map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const limited = answers.filter((r) => r.status !== 201);
      expect(limited.length).toBeGreaterThanOrEqual(3);
      for (const r of limited) {
        expectProblem(r, 429, 'over the limit');
        expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      const ids = limited.map((r) => r.headers['x-correlation-id']);
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from events where metadata->>'correlationId' = any(${ids})`.execute(b.tdb.owner.db);
      expect(rows[0].n).toBe(0);
      // Another key has its own bucket, untouched by x's.
      for (let i = 0; i < 5; i++) expect((await b.http.get('/v1/sources').set(bearer(y.key))).status).toBe(200);
      // And x gets through again once it waited as told.
      await sleep(Number(limited[limited.length - 1].headers['retry-after']) * 1000);
      const deadline = Date.now() + 10_000;
      let again = await b.http.get('/v1/sources').set(bearer(x.key));
      while (again.status === 429 && Date.now() < deadline) {
        await sleep(200);
        again = await b.http.get('/v1/sources').set(bearer(x.key));
      }
      expect(again.status).toBe(200);
    },
  );
});

describe('logs (LOG_LEVEL=trace, everything this file sent)', () => {
  it('no API key, secret or raw Authorization value reaches the logs, though the requests do', async () => {
    const created = [await createKey(b, 'reporter', 'log reporter'), await createKey(b, 'admin', 'log admin')];
    const basic = (key: string) => `Basic ${Buffer.from(`ops:${key}`).toString('base64')}`;
    const marker = `log-probe-${randomUUID()}`;
    const probe = (i: number) => ({ 'X-Correlation-Id': `${marker}-${i}` });
    const calls: Array<[string, Promise<Response>]> = [
      ['bearer read', b.http.get('/v1/sources').set(bearer(b.keys.reporter)).set(probe(1))],
      [
        'bearer write',
        b.http
          .post('/v1/sources')
          .set(bearer(b.keys.analyst))
          .set(probe(2))
          .send({ name: 'Logged source', kind: 'news', reliability: 'B' }),
      ],
      ['new key as bearer', b.http.get('/v1/incidents').set(bearer(created[0].key)).set(probe(3))],
      ['basic on /v1', b.http.get('/v1/sources').set('Authorization', basic(created[1].key)).set(probe(4))],
      [
        'key in other headers',
        b.http.get('/v1/sources').set('X-Api-Key', created[1].key).set('Cookie', `key=${created[0].key}`).set(probe(5)),
      ],
      ['bootstrap bearer', b.http.get('/v1/admin/projections').set(bearer(ADMIN_KEY)).set(probe(6))],
      ['basic on bull-board', b.http.get('/admin/queues').set('Authorization', basic(ADMIN_KEY))],
      ['basic with a plain key', b.http.get('/admin/queues').set('Authorization', basic(created[0].key))],
    ];
    const statuses = Object.fromEntries(await Promise.all(calls.map(async ([name, p]) => [name, (await p).status])));
    expect(statuses).toEqual({
      'bearer read': 200,
      'bearer write': 201,
      'new key as bearer': 200,
      'basic on /v1': 401,
      'key in other headers': 401,
      'bootstrap bearer': 200,
      'basic on bull-board': 200,
      'basic with a plain key': 403,
    });
    // pino writes asynchronously: wait until the probes' request lines arrived.
    const probes = () => logs.lines().filter((l) => String(l.correlationId ?? '').startsWith(marker));
    const deadline = Date.now() + 10_000;
    while (probes().length < 6 && Date.now() < deadline) await sleep(20);

    // The capture works: every probe is logged, its Authorization header present but redacted,
    // and so is the traffic of the matrix and the revocation run (thousands of keyed requests).
    expect(
      probes()
        .map((l) => l.correlationId)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5, 6].map((i) => `${marker}-${i}`));
    for (const l of probes().filter((x) => !x.correlationId.endsWith('-5')))
      expect(l.req.headers.authorization).toBe('[redacted]');
    const lines = logs.lines();
    const urls = new Set(lines.map((l) => l.req?.url).filter(Boolean));
    for (const url of ['/v1/admin/keys', '/v1/sources', '/v1/admin/imports', '/v1/ledger/verify'])
      expect(urls).toContain(url);
    expect(lines.filter((l) => l.req?.headers?.authorization === '[redacted]').length).toBeGreaterThan(100);

    // …and nothing secret anywhere in the text: no key, no header value, no Basic credentials.
    const text = logs.text();
    for (const k of fx.keysSeen) secrets.add(k);
    const needles = [...secrets].flatMap((k) => [
      k,
      `Bearer ${k}`,
      basic(k),
      Buffer.from(`ops:${k}`).toString('base64'),
      Buffer.from(`admin:${k}`).toString('base64'),
    ]);
    expect(secrets.size).toBeGreaterThan(8);
    expect(needles.filter((n) => text.includes(n)).map((n) => n.slice(0, 12))).toEqual([]);
  });
});
