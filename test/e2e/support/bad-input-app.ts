// The set-up the bad-input suites share (bad-input.e2e-spec.ts, bad-input-fields.e2e-spec.ts): one
// test app per suite file with a source, TTP, an incident and a claim on it to aim the writes at,
// and `rejects`, which asserts a problem+json naming the fields and that nothing was recorded.
// The `let` bindings are live ES module exports: useBadInputApp's beforeAll sets them.
import { afterAll, beforeAll } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { expectNothingRecorded, expectProblem, Seeder, type RoleName } from './e2e.js';

export let t: TestApp;
export let seed: Seeder;
export let sourceId: string;
export let groupId: string;
export let incidentId: string;
export let claimId: string;

/** Registers the suite's beforeAll (app and seed) and afterAll (close) under `label`. */
export function useBadInputApp(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label);
    seed = new Seeder(t);
    sourceId = await seed.source();
    groupId = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
    incidentId = await seed.incident({ occurredAt: '2023-07-12', casualties: { killedMin: 1, killedMax: 3 } });
    claimId = await seed.claim(incidentId, 'TTP', sourceId);
  });
  afterAll(async () => t?.close());
}

/** POSTs `body` as `role` (a reporter unless named). */
export const post = (path: string, body: unknown, role: RoleName = 'reporter') => seed.post(path, role, body);

/** Posts, asserts the status and the named paths, and that the log did not grow. */
export async function rejects(
  path: string,
  body: unknown,
  status: number,
  paths: string[],
  role: RoleName = 'reporter',
) {
  const res = await expectNothingRecorded(t, () => post(path, body, role));
  try {
    expectProblem(res, status, ...paths);
  } catch (err) {
    throw new Error(`POST ${path} ${JSON.stringify(body).slice(0, 200)}\n${(err as Error).message}`);
  }
  return res;
}

export const incident = (extra: Record<string, unknown> = {}) => ({
  occurredAt: '2023-07-12',
  location: { country: 'PK' },
  type: 'bombing',
  ...extra,
});
export const claim = (extra: Record<string, unknown> = {}) => ({
  group: 'TTP',
  channel: 'statement',
  claimedAt: '2023-07-12T18:00:00Z',
  sourceId,
  ...extra,
});
