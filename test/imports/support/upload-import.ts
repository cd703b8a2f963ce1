// Uploads a GTD CSV to POST /v1/admin/imports and polls GET /v1/admin/imports/{id} until the
// import has succeeded or failed; the answer is that last report.
import { expect } from '@jest/globals';
import { bearer, type TestApp } from '../../support/test-app.js';

export async function uploadImport(t: TestApp, text: string, timeoutMs = 30_000): Promise<any> {
  const res = await t.http
    .post('/v1/admin/imports')
    .set(bearer(t.keys.admin))
    .attach('file', Buffer.from(text), 'gtd.csv');
  expect(res.status).toBe(202);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await t.http.get(`/v1/admin/imports/${res.body.id}`).set(bearer(t.keys.admin));
    expect(s.status).toBe(200);
    if (s.body.status === 'succeeded' || s.body.status === 'failed') return s.body;
    if (Date.now() > deadline) throw new Error(`import ${res.body.id} still ${s.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
