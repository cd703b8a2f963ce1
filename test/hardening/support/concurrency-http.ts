// A real listening API for load-style suites (R1 concurrency, R5 idempotency): supertest opens a
// fresh listener per request, which costs more than the requests themselves at these sizes.
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../support/test-app.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON when the body is JSON, else undefined. */
  body: any;
}

export interface HttpClient {
  base: string;
  send(
    method: string,
    path: string,
    opts?: { key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer>;
}

/** Starts the test app listening on a free local port and returns a fetch-based client for it. */
export async function listen(t: TestApp): Promise<HttpClient> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    async send(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.key) headers.authorization = `Bearer ${opts.key}`;
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(base + path, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
      const text = await res.text();
      let body: any;
      if (/json/.test(res.headers.get('content-type') ?? '')) {
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
      }
      return { status: res.status, headers: res.headers, text, body };
    },
  };
}

/** Runs `task(i)` for i in [0, n) with at most `width` running at once; results in order. */
export async function pool<T>(n: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, n) }, async () => {
    for (let i = next++; i < n; i = next++) out[i] = await task(i);
  });
  await Promise.all(lanes);
  return out;
}
