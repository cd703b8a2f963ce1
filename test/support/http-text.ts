import { bearer, type TestApp } from './test-app.js';

/**
 * GET `path` (as the admin unless `key` says otherwise) with the body as text whatever its type:
 * supertest buffers only text/* and JSON by itself, and the exports stream NDJSON and CSV.
 */
export async function getText(
  t: TestApp,
  path: string,
  key = t.keys.admin,
): Promise<{ status: number; type: string; body: string }> {
  const res = await t.http
    .get(path)
    .set(bearer(key))
    .buffer(true)
    .parse((r, done) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (body += chunk));
      r.on('end', () => done(null, body));
    });
  return { status: res.status, type: String(res.headers['content-type']), body: res.body as string };
}
