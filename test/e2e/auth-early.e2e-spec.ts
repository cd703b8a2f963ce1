// Issue 16 item 8: authentication comes before the body. A request without a valid key that trickles
// its body is answered 401 at once (and its connection closed); failed authentications are limited
// per client address (429 + Retry-After, no database lookup); active keys are cached in the process
// and a revocation still takes effect on the very next request. (Across two API processes:
// test/processes/api-key-cache.proc-spec.ts.)
import { randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { countEvents } from '../support/test-database.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { expectProblem } from './support/e2e.js';

const BURST = 5;
let t: TestApp;
let port: number;

beforeAll(async () => {
  // Failed authentications: a burst of 5 per address, then one every 2 s.
  t = await createTestApp('e2e_auth_early', { AUTH_FAILURES_PER_SECOND: '0.5', AUTH_FAILURE_BURST: String(BURST) });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
});
afterAll(async () => t?.close());

interface Trickled {
  /** The raw answer received before the body was complete. */
  head: string;
  ms: number;
  /** The server closed the connection. */
  closed: boolean;
}

/** POSTs a 1,000-byte body one byte every 200 ms and collects what arrives within `waitMs`. */
function trickle(authorization: string | null, waitMs = 4000): Promise<Trickled> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let head = '';
    let firstAt = 0;
    let closed = false;
    const socket = net.connect(port, '127.0.0.1');
    const drip = setInterval(() => socket.writable && socket.write('x'), 200);
    const finish = () => {
      clearInterval(drip);
      socket.destroy();
      resolve({ head, ms: firstAt ? firstAt - t0 : Infinity, closed });
    };
    socket.on('data', (chunk) => {
      if (!firstAt) firstAt = Date.now();
      head += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => (closed = true));
    socket.on('end', () => (closed = true));
    socket.write(
      [
        'POST /v1/sources HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Content-Type: application/json',
        'Content-Length: 1000',
        ...(authorization ? [`Authorization: ${authorization}`] : []),
        '',
        '{"name":"',
      ].join('\r\n'),
    );
    setTimeout(finish, waitMs);
  });
}

async function keyLookups(): Promise<number> {
  const text = (await request(t.app.getHttpServer()).get('/metrics')).text;
  return Number(/^claimtrail_api_key_lookups_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

describe('authentication before the body', () => {
  it(
    'a write without a key that trickles its body is 401 ' + 'problem+json at once, and the connection is closed',
    async () => {
      const before = await countEvents(t.tdb.owner.db);
      const r = await trickle(null);
      expect(r.head).toMatch(/^HTTP\/1\.1 401 /);
      expect(r.head).toMatch(/content-type: application\/problem\+json/i);
      expect(r.head).toMatch(/www-authenticate: Bearer/i);
      expect(r.ms).toBeLessThan(2000);
      expect(r.closed).toBe(true);
      expect(await countEvents(t.tdb.owner.db)).toBe(before);
    },
  );

  it('so is a write with an unknown key', async () => {
    const r = await trickle(`Bearer ct_${randomBytes(16).toString('hex')}`);
    expect(r.head).toMatch(/^HTTP\/1\.1 401 /);
    expect(r.ms).toBeLessThan(2000);
    expect(r.closed).toBe(true);
  });
});

describe('the key cache', () => {
  it(
    'an active key is looked up once, then served from the cache; ' + 'a revocation holds at the next request',
    async () => {
      const created = await t.http
        .post('/v1/admin/keys')
        .set(bearer(t.keys.admin))
        .send({ name: 'cached desk', role: 'reporter' });
      expect(created.status).toBe(201);
      const key = created.body.key as string;
      // Used once here, the analyst key is in the cache for the last test.
      expect((await t.http.get('/v1/sources').set(bearer(t.keys.analyst))).status).toBe(200);
      const before = await keyLookups();
      for (let i = 0; i < 5; i++) expect((await t.http.get('/v1/sources').set(bearer(key))).status).toBe(200);
      expect((await keyLookups()) - before).toBe(1);

      expect((await t.http.delete(`/v1/admin/keys/${created.body.id}`).set(bearer(t.keys.admin))).status).toBe(204);
      const after = await t.http.get('/v1/sources').set(bearer(key));
      expectProblem(after, 401);
    },
  );
});

describe('failed authentications per client address', () => {
  it(
    '400 requests with invalid keys: ' + 'a burst of 401s (each one lookup), then 429 with Retry-After and no lookup',
    async () => {
      const lookupsBefore = await keyLookups();
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 400; i++) {
        const res = await t.http.get('/v1/sources').set(bearer(`ct_${randomBytes(16).toString('hex')}`));
        statuses.push(res.status);
        if (res.status === 429) {
          expectProblem(res, 429);
          retryAfter = res.headers['retry-after'];
        }
      }
      const unauthorized = statuses.filter((s) => s === 401).length;
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
      // The burst (less the one failure of the trickle test), plus what refills at 0.5/s meanwhile.
      expect(unauthorized).toBeLessThanOrEqual(BURST + 5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(390);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect((await keyLookups()) - lookupsBefore).toBe(unauthorized);
    },
  );

  it('a blocked address is refused before its body too; a key it already used still works', async () => {
    const r = await trickle(`Bearer ct_${randomBytes(16).toString('hex')}`);
    expect(r.head).toMatch(/^HTTP\/1\.1 429 /);
    expect(r.head).toMatch(/retry-after: \d+/i);
    expect(r.ms).toBeLessThan(2000);
    // The analyst key, authenticated in the cache test, is in the cache.
    expect((await t.http.get('/v1/sources').set(bearer(t.keys.analyst))).status).toBe(200);
  });
});
