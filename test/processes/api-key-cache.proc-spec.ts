// Issue 16 item 8 / issue 18 item 5: each API process caches active keys, and a revocation through one
// process holds at once in the other (the revoking transaction's NOTIFY drops the key everywhere;
// the revocation answers once its notification has come back). Two API processes (dist/, real Postgres).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type Proc } from '../support/processes.js';
import { ADMIN_KEY } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
let apis: Proc[] = [];

const admin = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

async function lookups(api: Proc): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return Number(/^claimtrail_api_key_lookups_total (\d+)/m.exec(text)?.[1] ?? 0);
}

const read = (api: Proc, key: string) =>
  fetch(`${api.url}/v1/sources`, { headers: { authorization: `Bearer ${key}` } }).then(async (r) => {
    await r.arrayBuffer();
    return r.status;
  });

beforeAll(async () => {
  tdb = await createTestDatabase('api_key_cache');
  const env = { DATABASE_URL: tdb.url, QUEUE_PREFIX: `{ct-keys-${randomUUID().slice(0, 8)}}`, LOG_LEVEL: 'warn' };
  // One after the other: two starting at once race for a free port and for the first migration.
  apis = [await startApi(env)];
  apis.push(await startApi(env));
}, 120_000);

afterAll(async () => {
  await Promise.all(apis.map((a) => a.stop()));
  await tdb?.drop();
});

describe('API key cache across two API processes', () => {
  it('a key cached in process B is refused by B right after process A revoked it (10 rounds)', async () => {
    const [a, b] = apis;
    for (let round = 0; round < 10; round++) {
      const res = await fetch(`${a.url}/v1/admin/keys`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ name: `desk ${round}`, role: 'reporter' }),
      });
      const { id, key } = (await res.json()) as { id: string; key: string };
      expect(await read(b, key)).toBe(200);
      // B serves the key from its cache now: no more lookups.
      const cachedFrom = await lookups(b);
      for (let i = 0; i < 3; i++) expect(await read(b, key)).toBe(200);
      expect(await lookups(b)).toBe(cachedFrom);

      const revoked = await fetch(`${a.url}/v1/admin/keys/${id}`, { method: 'DELETE', headers: admin });
      expect(revoked.status).toBe(204);
      expect(await read(b, key)).toBe(401);
      expect(await read(a, key)).toBe(401);
    }
  }, 120_000);
});
