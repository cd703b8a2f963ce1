// The set-up the write-rule suites share: one test app per suite file (its own database) with two
// named sources and the TTP, ISKP and TJP groups, and the key ids its events name as actors. The
// bindings below are live ES module exports: useSeededApp's beforeAll sets them, and the importing
// suite's tests read them after it ran.
import { afterAll, beforeAll } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../../support/test-app.js';
import { keyIds, Seeder, type RoleName } from './e2e.js';

export type { RoleName };

export let t: TestApp;
export let seed: Seeder;
/** Umar Media, a group channel rated C. */
export let s1: string;
/** Dawn, news rated B. */
export let s2: string;
export let ttp: string;
export let iskp: string;
export let tjp: string;
let keys: Record<RoleName, string>;

/** Registers the suite's beforeAll (app and seed) and afterAll (close) under `label`. */
export function useSeededApp(label: string): void {
  beforeAll(async () => {
    t = await createTestApp(label);
    keys = await keyIds(t);
    seed = new Seeder(t);
    s1 = await seed.source({ name: 'Umar Media', kind: 'group_channel', reliability: 'C' });
    s2 = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
    ttp = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']);
    iskp = await seed.group('Islamic State Khorasan Province', ['ISKP', 'IS-K']);
    tjp = await seed.group('TJP', []);
  });
  afterAll(async () => t?.close());
}

export function post(path: string, body: unknown, role: RoleName = 'reporter', headers: Record<string, string> = {}) {
  return t.http
    .post(path)
    .set(bearer(t.keys[role]))
    .set(headers)
    .send(body as object);
}

/** The actor an event records for a write made with the role's key. */
export const actor = (role: RoleName) => ({ keyId: keys[role], role });

export const claimBody = (group: string, extra: Record<string, unknown> = {}) => ({
  group,
  channel: 'statement',
  claimedAt: '2023-07-12T18:00:00Z',
  sourceId: s1,
  ...extra,
});
