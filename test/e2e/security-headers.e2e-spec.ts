// Issue 13 item 7: security headers on every answer (helmet), no X-Powered-By anywhere (bull-board
// is an express app of its own), and no-store on everything per key (the key-creation answer
// carries a secret). Checked over a real socket too, for the answers Node's parser makes.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('e2e_security_headers');
});
afterAll(async () => t?.close());

function expectSecurityHeaders(res: Response) {
  expect(res.headers['x-powered-by']).toBeUndefined();
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/https?:\/\//);
}

describe('security headers', () => {
  it('a key-creation answer (it carries the secret) is no-store and has every header', async () => {
    const res = await t.http
      .post('/v1/admin/keys')
      .set(bearer(t.keys.admin))
      .send({ name: 'headers', role: 'reporter' });
    expect(res.status).toBe(201);
    expect(res.body.key).toEqual(expect.any(String));
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['an authenticated read', '/v1/groups', true],
    ['a 401 without a key', '/v1/incidents', false],
    ['a 404 under /v1', '/v1/no-such-thing', true],
    ['bull-board (admin)', '/admin/queues', true],
    ['bull-board without a key', '/admin/queues', false],
  ])('%s: every header, no X-Powered-By, no-store', async (_what, path, withKey) => {
    const req = t.http.get(path);
    const res = await (withKey ? req.set(bearer(t.keys.admin)) : req);
    expect(res.status).toBeLessThan(500);
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['health', '/health'],
    ['the OpenAPI document', '/docs-json'],
    ['the OpenAPI UI', '/docs'],
  ])('%s: every header, no X-Powered-By', async (_what, path) => {
    const res = await t.http.get(path).redirects(1);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
  });

  it('bull-board serves its page to an admin without X-Powered-By (its own express app)', async () => {
    const res = await t.http.get('/admin/queues').set(bearer(t.keys.admin));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it("a request Node's parser rejects is answered with nosniff and no-store too", async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET /health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
    expect(raw).toMatch(/\r\nCache-Control: no-store\r\n/);
    expect(raw).not.toMatch(/X-Powered-By/i);
  });
});
