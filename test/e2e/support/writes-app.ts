// The set-up the write success-path suites share: one test app per suite file, the key ids its
// events name as actors, and a POST that can carry a correlation id. The bindings are live ES
// module exports, set by useWritesApp's beforeAll and read by the importing suite's tests.
import { afterAll, beforeAll } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../../support/test-app.js';
import { keyIds, Seeder, type RoleName } from './e2e.js';

export let t: TestApp;
export let ids: Record<RoleName, string>;
export let seed: Seeder;

/** Registers the suite's beforeAll (app, key ids, seeder) and afterAll (close) under `label`. */
export function useWritesApp(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label);
    ids = await keyIds(t);
    seed = new Seeder(t);
  });
  afterAll(async () => t?.close());
}

/** The actor an event records for a write made with the role's key. */
export const actor = (role: RoleName) => ({ keyId: ids[role], role });

export function post(path: string, role: RoleName, body: unknown, correlationId?: string) {
  const req = t.http.post(path).set(bearer(t.keys[role]));
  if (correlationId) req.set('X-Correlation-Id', correlationId);
  return req.send(body as object);
}
