// Issue 16 item 13: client-supplied ids that are valid UUIDs but not of version 1–5 (v7, nil, max)
// would fail the OASIS identifier pattern; the STIX export maps them to a UUIDv5 derived from the
// id, the same on every export, and every reference uses it. Ids of version 1–5 stay as they are.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stixId } from '@app/imports';
import { getText } from '../support/http-text.js';
import { stixSchemasExist, stixValidator } from '../support/stix-schemas.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { checkStixBundle } from './support/stix21.js';
import { catchUpReadModels } from './support/read-models.js';

const V7 = '01890a5d-ac96-774b-bcce-b302099a8057';
const NIL = '00000000-0000-0000-0000-000000000000';
const MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const V4 = '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b';
const GROUP_V7 = '01890a5d-ac96-774b-bcce-b302099a8058';
const CLAIM_MAX = 'ffffffff-ffff-ffff-ffff-fffffffffffe';

let t: TestApp;
async function post(path: string, body: object, key: string): Promise<any> {
  const res = await t.http.post(path).set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
const exportStix = async () => JSON.parse((await getText(t, '/v1/exports/stix')).body);

beforeAll(async () => {
  t = await createTestApp('stix_ids');
  const source = (
    await post('/v1/sources', { id: NIL, name: 'Nil source', kind: 'news', reliability: 'B' }, t.keys.analyst)
  ).id;
  await post('/v1/groups', { id: GROUP_V7, name: 'Seventh Group' }, t.keys.analyst);
  for (const id of [V7, NIL, MAX, V4])
    await post(
      '/v1/incidents',
      { id, occurredAt: '2020-02-02', location: { country: 'PK' }, type: 'bombing', sourceIds: [source] },
      t.keys.reporter,
    );
  await post(
    `/v1/incidents/${V7}/claims`,
    { id: CLAIM_MAX, group: GROUP_V7, channel: 'statement', claimedAt: '2020-02-03T00:00:00Z', sourceId: source },
    t.keys.reporter,
  );
  await catchUpReadModels(t.tdb.app.db);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('STIX ids of client-supplied UUIDs', () => {
  it('stixId keeps versions 1–5 and derives a stable UUIDv5 for v7, nil and max', () => {
    expect(stixId('incident', V4)).toBe(`incident--${V4}`);
    for (const id of [V7, NIL, MAX]) {
      const derived = stixId('incident', id);
      expect(derived).toMatch(/^incident--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(stixId('incident', id)).toBe(derived);
    }
    expect(new Set([V7, NIL, MAX].map((id) => stixId('incident', id))).size).toBe(3);
  });

  it('the bundle validates, names no v7/nil/max id, and gives the same ids on every export', async () => {
    const [first, second] = [await exportStix(), await exportStix()];
    expect(checkStixBundle(first)).toEqual([]);
    if (stixSchemasExist) expect(first.objects.flatMap(stixValidator())).toEqual([]);
    const text = JSON.stringify(first.objects);
    for (const raw of [V7, NIL, MAX, GROUP_V7, CLAIM_MAX]) expect(text).not.toContain(`--${raw}`);
    const ids = (b: any) => b.objects.map((o: any) => o.id).sort();
    expect(ids(second)).toEqual(ids(first));
    const find = (id: string) => first.objects.find((o: any) => o.id === id);
    for (const id of [V7, NIL, MAX, V4]) expect(find(stixId('incident', id))).toMatchObject({ type: 'incident' });
    expect(find(stixId('intrusion-set', GROUP_V7))).toMatchObject({ name: 'Seventh Group' });
    expect(find(stixId('identity', NIL))).toMatchObject({ name: 'Nil source' });
    expect(find(stixId('note', CLAIM_MAX))).toMatchObject({
      object_refs: [stixId('incident', V7), stixId('intrusion-set', GROUP_V7)],
      x_claimtrail_kind: 'claim',
    });
  });
});
