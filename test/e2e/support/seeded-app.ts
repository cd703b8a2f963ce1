// The set-up the write-rule suites share: one test app per suite file (its own database) with two
// named sources and the TTP, ISKP and TJP groups. The bindings below are live ES module exports:
// useSeededApp's beforeAll sets them, and the importing suite's tests read them after it ran.
import { afterAll, beforeAll } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../../support/test-app.js';
import { Seeder, type RoleName } from './e2e.js';

export let t: TestApp;
export let seed: Seeder;
/** Umar Media, a group channel rated C. */
export let s1: string;
/** Dawn, news rated B. */
export let s2: string;
export let ttp: string;
export let iskp: string;
export let tjp: string;

/** Registers the suite's beforeAll (app and seed) and afterAll (close) under `label`. */
export function useSeededApp(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label);
    seed = new Seeder(t);
    s1 = await seed.source({ name: 'Umar Media', kind: 'group_channel', reliability: 'C' });
    s2 = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
    ttp = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']);
    iskp = await seed.group('Islamic State Khorasan Province', ['ISKP', 'IS-K']);
    tjp = await seed.group('TJP', []);
  });
  afterAll(async () => t?.close());
}

export function post(path: string, body: unknown, role: RoleName = 'reporter') {
  return t.http
    .post(path)
    .set(bearer(t.keys[role]))
    .send(body as object);
}

export const claimBody = (group: string, extra: Record<string, unknown> = {}) => ({
  group,
  channel: 'statement',
  claimedAt: '2023-07-12T18:00:00Z',
  sourceId: s1,
  ...extra,
});
