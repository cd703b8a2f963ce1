import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteRedisPrefix } from '../../support/redis-cleanup.js';
import { startApi, startWorker, type Proc } from '../../support/processes.js';
import { ADMIN_KEY } from '../../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { until } from '../../support/until.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The demo seed's ids (scripts/seed-demo.mjs). */
export const DEMO = {
  peshawar2023: '9d3e6b1a-7c2f-4a10-b5e2-000000000001',
  jua: '0b6f2f1e-1f6e-4c6a-9a51-000000000006',
  ttp: '0b6f2f1e-1f6e-4c6a-9a51-000000000001',
  claimJua2023: 'c1a1e000-0000-4000-8000-000000000001',
};

export interface ConsoleApp {
  url: string;
  api: Proc;
  worker: Proc;
  db: TestDatabase;
  keys: { admin: string; analyst: string; reporter: string };
  /** A person the demo seed lacks: a TTP spokesperson who defected, with a concealed death and a statement. */
  personId: string;
  call<T = any>(method: string, p: string, body?: unknown, key?: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/**
 * The built API and worker as processes on a fresh database, with `npm run seed:demo` run against
 * them as a reader would, an analyst and a reporter key, and the corroboration's reviews in place.
 */
export async function startConsoleApp(label: string): Promise<ConsoleApp> {
  const db = await createTestDatabase(label);
  const prefix = `{ct-${label}-${randomBytes(4).toString('hex')}}`;
  const env = { DATABASE_URL: db.url, QUEUE_PREFIX: prefix };
  const api = await startApi(env);
  const worker = await startWorker(env);
  const call = async (method: string, p: string, body?: unknown, key = ADMIN_KEY) => {
    const res = await fetch(`${api.url}${p}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const seed = spawnSync(process.execPath, [path.join(root, 'scripts/seed-demo.mjs')], {
    env: { PATH: process.env.PATH, CLAIMTRAIL_URL: api.url, CLAIMTRAIL_ADMIN_KEY: ADMIN_KEY },
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`seed:demo failed: ${seed.stderr}${seed.stdout}`);
  const analyst = (await call('POST', '/v1/admin/keys', { name: 'console analyst', role: 'analyst' })).body.key;
  const reporter = (await call('POST', '/v1/admin/keys', { name: 'console reporter', role: 'reporter' })).body.key;
  // The workflows open reviews on conflicting claims; the read models must have them.
  await until(
    'open reviews',
    async () => (await call('GET', '/v1/reviews?status=open')).body.items.length >= 2,
    60_000,
    250,
  );
  const person = await addPerson(call);
  return {
    url: api.url,
    api,
    worker,
    db,
    keys: { admin: ADMIN_KEY, analyst, reporter },
    personId: person,
    call,
    async close() {
      await Promise.all([api.stop(), worker.stop()]);
      await deleteRedisPrefix(REDIS_URL, prefix);
      await db.drop();
    },
  };
}

type Call = ConsoleApp['call'];

/** The demo seed has no persons; the person page needs one (illustrative, not from reporting). */
async function addPerson(call: Call): Promise<string> {
  const ok = (r: { status: number; body: any }) => {
    if (r.status !== 201) throw new Error(`person set-up: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const { id } = ok(await call('POST', '/v1/persons', { name: 'Console Test Spokesman', aliases: ['CTS'] }));
  const aff = ok(
    await call('POST', `/v1/persons/${id}/affiliations`, { group: 'TTP', role: 'spokesperson', validFrom: '2014' }),
  );
  ok(
    await call('POST', `/v1/persons/${id}/affiliations/${aff.id}/end`, {
      validTo: '2020-08',
      reason: 'defected',
      toGroup: 'JuA',
    }),
  );
  ok(await call('POST', `/v1/persons/${id}/affiliations`, { group: 'JuA', role: 'commander', validFrom: '2020-08' }));
  ok(await call('POST', `/v1/persons/${id}/status`, { status: 'killed', at: '2021-03', announcedAt: '2021-06-01' }));
  ok(
    await call('POST', '/v1/statements', {
      kind: 'announcement',
      madeAt: '2019-05-02',
      sourceId: '5a7c0d2e-3b1f-4e8a-8c11-000000000004',
      summary: 'Spoke for TTP on a claimed attack',
      author: { personId: id },
    }),
  );
  return id;
}
