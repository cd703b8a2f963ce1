// Domain rules seen through the API (API.md "Writes"): retractions, one active claim per group,
// competing claims, contradicting denials, unknown references, dates before the incident, group
// names resolved case-insensitively and unique across groups, client-supplied ids on create.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { countEvents } from '../support/test-database.js';
import { eventAt, expectNothingRecorded, expectProblem, expectWriteAnswer, Seeder, streamEvents, type RoleName } from './support/e2e.js';

let t: TestApp;
let seed: Seeder;
let s1: string;
let s2: string;
let ttp: string;
let iskp: string;
let tjp: string;

beforeAll(async () => {
  t = await createTestApp('e2e_rules');
  seed = new Seeder(t);
  s1 = await seed.source({ name: 'Umar Media', kind: 'group_channel', reliability: 'C' });
  s2 = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
  ttp = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']);
  iskp = await seed.group('Islamic State Khorasan Province', ['ISKP', 'IS-K']);
  tjp = await seed.group('TJP', []);
});
afterAll(async () => t?.close());

function post(path: string, body: unknown, role: RoleName = 'reporter') {
  return t.http.post(path).set(bearer(t.keys[role])).send(body as object);
}

const claimBody = (group: string, extra: Record<string, unknown> = {}) => ({
  group,
  channel: 'statement',
  claimedAt: '2023-07-12T18:00:00Z',
  sourceId: s1,
  ...extra,
});

describe('retractions', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    incidentId = await seed.incident({ occurredAt: '2023-07-12' });
    claimId = await seed.claim(incidentId, 'TTP', s1);
  });

  it('retracting an active claim is recorded', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
      retractedAt: '2023-07-13T09:00:00Z',
      sourceId: s2,
      reason: 'We do not target mosques.',
    });
    expectWriteAnswer(res, { incidentId, version: 3 });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({ type: 'ClaimRetracted', data: { retractionId: res.body.id, claimId, groupId: ttp } });
  });

  it('retracting it twice is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt: '2023-07-14T09:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 409);
  });

  it('retracting an unknown claim is 404 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${randomUUID()}/retractions`, { retractedAt: '2023-07-14T09:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 404);
  });

  it('retractedAt before the claim was made is 422 naming retractedAt', async () => {
    const claim2 = await seed.claim(incidentId, 'ISKP', s1, { claimedAt: '2023-07-20T00:00:00Z' });
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claim2}/retractions`, { retractedAt: '2023-07-19T23:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 422, 'retractedAt');
  });

  it('a retracted group may claim again (its earlier claim is no longer active)', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP', { claimedAt: '2023-07-15T00:00:00Z' }));
    expectWriteAnswer(res, { incidentId });
  });
});

describe('one active claim per group, competing claims, denials', () => {
  let incidentId: string;
  let ttpClaim: string;

  beforeAll(async () => {
    incidentId = await seed.incident({ occurredAt: '2023-01-30' });
    ttpClaim = await seed.claim(incidentId, 'TTP', s1, { claimedAt: '2023-01-30T12:00:00Z' });
  });

  it('a second claim by the same group while its claim is active is 409 naming the existing claim; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('pakistani taliban', { claimedAt: '2023-01-31T12:00:00Z', sourceId: s2 })),
    );
    expectProblem(res, 409);
    expect(JSON.stringify(res.body)).toContain(ttpClaim);
    expect(res.body.claimId).toBe(ttpClaim);
  });

  it('recording a second source on that claim works instead', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims/${ttpClaim}/sources`, { sourceId: s2, credibility: 2 });
    expectWriteAnswer(res, { id: ttpClaim, incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({ type: 'ClaimSourceAdded', data: { claimId: ttpClaim, sourceId: s2, credibility: 2 } });
  });

  it('the same source twice on one claim is 409 and records nothing', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims/${ttpClaim}/sources`, { sourceId: s2 }));
    expectProblem(res, 409);
  });

  it('a second group claiming makes the claim event carry competingGroupIds', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-01-31T08:00:00Z' }));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({ type: 'ClaimRecorded', data: { claimId: res.body.id, groupId: iskp, competingGroupIds: [ttp] } });
  });

  it('a third group sees both active claimants', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody(tjp, { claimedAt: '2023-02-01T08:00:00Z' }));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data.groupId).toBe(tjp);
    expect([...event!.data.competingGroupIds].sort()).toEqual([ttp, iskp].sort());
  });

  it('a denial by a group with an active claim is recorded with contradictsClaimId', async () => {
    const res = await post(`/v1/incidents/${incidentId}/denials`, { group: 'ttp', deniedAt: '2023-02-02T10:00:00Z', sourceId: s2, statement: 'Not us.' });
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event).toMatchObject({ type: 'ClaimDenied', data: { denialId: res.body.id, groupId: ttp, contradictsClaimId: ttpClaim } });
  });

  it('a denial by a group without a claim carries contradictsClaimId null', async () => {
    const other = await seed.group(`Lashkar-e-Jhangvi ${randomUUID().slice(0, 6)}`);
    const res = await post(`/v1/incidents/${incidentId}/denials`, { group: other, deniedAt: '2023-02-02T10:00:00Z', sourceId: s2 });
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data).toMatchObject({ groupId: other, contradictsClaimId: null });
  });
});

describe('retracted claims and other repeats', () => {
  it('a retracted claim no longer competes: the next claimant has no competingGroupIds', async () => {
    const incidentId = await seed.incident();
    const first = await seed.claim(incidentId, 'TTP', s1);
    const retraction = await post(`/v1/incidents/${incidentId}/claims/${first}/retractions`, { retractedAt: '2023-07-13T00:00:00Z', sourceId: s2 });
    expectWriteAnswer(retraction, { incidentId });
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP'));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data).toMatchObject({ groupId: iskp, competingGroupIds: [] });
    const denial = await post(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', deniedAt: '2023-07-14T00:00:00Z', sourceId: s2 });
    expectWriteAnswer(denial, { incidentId });
    expect((await eventAt(t.tdb.owner.db, denial.body.position))!.data.contradictsClaimId).toBeNull();
  });

  it('withdrawing an attribution twice is 409; withdrawing a relation twice is 409; nothing recorded', async () => {
    const incidentId = await seed.incident();
    const attribution = await post(`/v1/incidents/${incidentId}/attributions`, { group: 'TTP', confidence: 60, basis: 'b' }, 'analyst');
    expectWriteAnswer(attribution, { incidentId });
    const path = `/v1/incidents/${incidentId}/attributions/${attribution.body.id}/withdrawal`;
    expectWriteAnswer(await post(path, { reason: 'r' }, 'analyst'), { id: attribution.body.id });
    expectProblem(await expectNothingRecorded(t, () => post(path, { reason: 'again' }, 'analyst')), 409);

    const relation = await post(`/v1/groups/${tjp}/relations`, { relation: 'suspected_front_of', otherGroup: 'TTP' }, 'analyst');
    expectWriteAnswer(relation);
    const rpath = `/v1/groups/${tjp}/relations/${relation.body.id}/withdrawal`;
    expectWriteAnswer(await post(rpath, { reason: 'r' }, 'analyst'), { id: relation.body.id });
    expectProblem(await expectNothingRecorded(t, () => post(rpath, { reason: 'again' }, 'analyst')), 409);
  });

  it('marking an incident a duplicate of itself is 422; marking it twice is 409; nothing recorded', async () => {
    const a = await seed.incident();
    const b = await seed.incident();
    expectProblem(await expectNothingRecorded(t, () => post(`/v1/incidents/${a}/duplicate-of`, { incidentId: a })), 422, 'incidentId');
    expectWriteAnswer(await post(`/v1/incidents/${a}/duplicate-of`, { incidentId: b }), { id: a, incidentId: a });
    expectProblem(await expectNothingRecorded(t, () => post(`/v1/incidents/${a}/duplicate-of`, { incidentId: b })), 409);
  });

  it('a group may not be related to itself (422 naming otherGroup)', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/groups/${ttp}/relations`, { relation: 'rival_of', otherGroup: 'ttp' }, 'analyst'));
    expectProblem(res, 422, 'otherGroup');
  });

  it('an upper-case id in the path is the same incident', async () => {
    const incidentId = await seed.incident();
    const res = await post(`/v1/incidents/${incidentId.toUpperCase()}/claims`, claimBody('TTP'));
    expectWriteAnswer(res, { incidentId, version: 2 });
    expect((await eventAt(t.tdb.owner.db, res.body.position))!.streamId).toBe(`incident-${incidentId}`);
  });

  it('country codes and names in any case are stored as the alpha-2 code; a year keeps year precision', async () => {
    for (const [country, code] of [['pk', 'PK'], ['AFG', 'AF'], ['afghanistan', 'AF']]) {
      const res = await post('/v1/incidents', { occurredAt: '2021', location: { country }, type: 'unknown' });
      expectWriteAnswer(res, { version: 1 });
      const event = await eventAt(t.tdb.owner.db, res.body.position);
      expect({ country, stored: event!.data.location.country }).toEqual({ country, stored: code });
      expect(event!.data.occurredAt).toEqual({ value: '2021', precision: 'year', earliest: '2021-01-01T00:00:00.000Z', latest: '2021-12-31T23:59:59.999Z' });
    }
  });
});

describe('unknown references', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    incidentId = await seed.incident();
    claimId = await seed.claim(incidentId, 'TTP', s1);
  });

  it('an unknown group name in a claim is 422 naming group; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims`, claimBody('Atlantis Liberation Front')));
    expectProblem(res, 422, 'group');
    expect(res.body.errors[0].path).toBe('group');
  });

  it('an unknown group id in a claim is 422 naming group', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims`, claimBody(randomUUID())));
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('group');
  });

  it('an unknown group in a denial and in an attribution is 422 naming group', async () => {
    const denial = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/denials`, { group: 'Nobody', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 }),
    );
    expectProblem(denial, 422);
    expect(denial.body.errors[0].path).toBe('group');
    const attribution = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/attributions`, { group: 'Nobody', confidence: 50, basis: 'n/a' }, 'analyst'),
    );
    expectProblem(attribution, 422);
    expect(attribution.body.errors[0].path).toBe('group');
  });

  it('an unknown otherGroup in a relation is 422 naming otherGroup', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/groups/${tjp}/relations`, { relation: 'rival_of', otherGroup: 'Nobody' }, 'analyst'));
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('otherGroup');
  });

  it('an unknown sourceId is 422 naming sourceId (claim, claim source, retraction, denial)', async () => {
    const unknown = randomUUID();
    const calls: Array<[string, Record<string, unknown>]> = [
      [`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { sourceId: unknown })],
      [`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId: unknown }],
      [`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt: '2023-07-13T00:00:00Z', sourceId: unknown }],
      [`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: unknown }],
    ];
    const relation = await expectNothingRecorded(t, () =>
      post(`/v1/groups/${tjp}/relations`, { relation: 'affiliate_of', otherGroup: 'ISKP', sourceId: unknown }, 'analyst'),
    );
    expectProblem(relation, 422);
    expect(relation.body.errors[0].path).toBe('sourceId');
    for (const [path, body] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body));
      expectProblem(res, 422);
      expect({ path, errorPath: res.body.errors?.[0]?.path }).toEqual({ path, errorPath: 'sourceId' });
    }
  });

  it('an unknown source in sourceIds is 422 naming the element (incident, attribution)', async () => {
    const unknown = randomUUID();
    const incident = await expectNothingRecorded(t, () =>
      post('/v1/incidents', { occurredAt: '2023', location: { country: 'AF' }, type: 'unknown', sourceIds: [s1, unknown] }),
    );
    expectProblem(incident, 422);
    expect(incident.body.errors[0].path).toMatch(/^sourceIds/);
    const attribution = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/attributions`, { group: 'ISKP', confidence: 40, basis: 'b', sourceIds: [unknown] }, 'analyst'),
    );
    expectProblem(attribution, 422);
    expect(attribution.body.errors[0].path).toMatch(/^sourceIds/);
    const correction = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/corrections`, { fields: { sourceIds: [unknown] }, reason: 'r' }),
    );
    expectProblem(correction, 422);
    expect(correction.body.errors[0].path).toMatch(/^fields\.sourceIds/);
  });

  it('an unknown incident in a duplicate-of body is 422 naming incidentId', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/duplicate-of`, { incidentId: randomUUID() }));
    expectProblem(res, 422);
    expect(res.body.errors[0].path).toBe('incidentId');
  });

  it('an unknown incident id in the path is 404 on every incident write; nothing recorded', async () => {
    const unknown = randomUUID();
    const c = randomUUID();
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      [`/v1/incidents/${unknown}/claims`, claimBody('ISKP'), 'reporter'],
      [`/v1/incidents/${unknown}/claims/${c}/sources`, { sourceId: s1 }, 'reporter'],
      [`/v1/incidents/${unknown}/claims/${c}/authenticity`, { verdict: 'authentic', basis: 'b' }, 'analyst'],
      [`/v1/incidents/${unknown}/claims/${c}/retractions`, { retractedAt: '2023-07-13T00:00:00Z', sourceId: s1 }, 'reporter'],
      [`/v1/incidents/${unknown}/denials`, { group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 }, 'reporter'],
      [`/v1/incidents/${unknown}/attributions`, { group: 'ISKP', confidence: 10, basis: 'b' }, 'analyst'],
      [`/v1/incidents/${unknown}/attributions/${c}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/incidents/${unknown}/corrections`, { fields: { summary: 'x' }, reason: 'r' }, 'reporter'],
      [`/v1/incidents/${unknown}/duplicate-of`, { incidentId }, 'reporter'],
    ];
    for (const [path, body, role] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expectProblem(res, 404);
    }
  });

  it('an unknown claim, attribution, group, relation or source in the path is 404; nothing recorded', async () => {
    const unknown = randomUUID();
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      [`/v1/incidents/${incidentId}/claims/${unknown}/sources`, { sourceId: s2 }, 'reporter'],
      [`/v1/incidents/${incidentId}/claims/${unknown}/authenticity`, { verdict: 'fabricated', basis: 'b' }, 'analyst'],
      [`/v1/incidents/${incidentId}/attributions/${unknown}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/groups/${unknown}/aliases`, { alias: `Alias ${unknown}` }, 'analyst'],
      [`/v1/groups/${unknown}/relations`, { relation: 'rival_of', otherGroup: 'TTP' }, 'analyst'],
      [`/v1/groups/${tjp}/relations/${unknown}/withdrawal`, { reason: 'r' }, 'analyst'],
      [`/v1/sources/${unknown}/ratings`, { reliability: 'A', reason: 'r' }, 'analyst'],
    ];
    for (const [path, body, role] of calls) {
      const res = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expectProblem(res, 404);
    }
  });
});

describe('dates before the incident', () => {
  let incidentId: string;
  let claimId: string;

  beforeAll(async () => {
    // A month: the earliest possible moment is 2023-07-01T00:00:00Z.
    incidentId = await seed.incident({ occurredAt: '2023-07' });
    claimId = await seed.claim(incidentId, 'TTP', s1, { claimedAt: '2023-07-01T00:00:00Z' });
  });

  it('claimedAt before the earliest possible date of the incident is 422 naming claimedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-06-30T23:59:59Z' })),
    );
    expectProblem(res, 422, 'claimedAt');
  });

  it('the offset is honoured: 03:00+05:00 on 1 July is still 30 June in UTC', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-07-01T03:00:00+05:00' })),
    );
    expectProblem(res, 422, 'claimedAt');
  });

  it('retractedAt before the incident is 422 naming retractedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt: '2023-06-15T00:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 422, 'retractedAt');
  });

  it('deniedAt before the incident is 422 naming deniedAt', async () => {
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2022-12-31T23:00:00Z', sourceId: s2 }),
    );
    expectProblem(res, 422, 'deniedAt');
  });

  it('the first moment of the month is accepted', async () => {
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { claimedAt: '2023-07-01T05:00:00+05:00' }));
    expectWriteAnswer(res, { incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data.claimedAt).toBe('2023-07-01T00:00:00.000Z');
  });
});

describe('group names', () => {
  it('groups are resolved by id, name and alias, case-insensitively', async () => {
    const cases: Array<[string, string]> = [
      ['ttp', ttp], // alias "TTP"
      ['PAKISTANI TALIBAN', ttp], // alias
      ['tehreek-e-taliban pakistan', ttp], // name
      ['tjp', tjp], // name "TJP"
      ['is-k', iskp],
      [iskp.toUpperCase(), iskp], // id
      [`  ${iskp}  `, iskp],
    ];
    for (const [ref, groupId] of cases) {
      const incidentId = await seed.incident();
      const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody(ref));
      expectWriteAnswer(res, { incidentId });
      const event = await eventAt(t.tdb.owner.db, res.body.position);
      expect({ ref, groupId: event!.data.groupId }).toEqual({ ref, groupId });
    }
  });

  it('registering a group whose name is taken by another group (any case) is 409; nothing recorded', async () => {
    for (const name of ['TEHREEK-E-TALIBAN PAKISTAN', 'ttp', 'Is-K', 'tjp']) {
      const res = await expectNothingRecorded(t, () => post('/v1/groups', { name }, 'analyst'));
      expect({ name, status: res.status }).toEqual({ name, status: 409 });
      expectProblem(res, 409);
    }
  });

  it('registering a group with an alias taken by another group (any case) is 409; nothing recorded', async () => {
    for (const alias of ['islamic state khorasan province', 'iskp', 'Pakistani taliban']) {
      const res = await expectNothingRecorded(t, () => post('/v1/groups', { name: `New group ${randomUUID()}`, aliases: [alias] }, 'analyst'));
      expect({ alias, status: res.status }).toEqual({ alias, status: 409 });
      expectProblem(res, 409);
    }
  });

  it('adding an alias taken by another group (any case) is 409; nothing recorded', async () => {
    const res = await expectNothingRecorded(t, () => post(`/v1/groups/${tjp}/aliases`, { alias: 'iskp' }, 'analyst'));
    expectProblem(res, 409);
  });

  it('the rejected names stay free: the failed registrations reserved nothing', async () => {
    const name = `Free ${randomUUID()}`;
    const first = await expectNothingRecorded(t, () => post('/v1/groups', { name, aliases: ['TTP'] }, 'analyst'));
    expectProblem(first, 409);
    const again = await post('/v1/groups', { name, aliases: [] }, 'analyst');
    expectWriteAnswer(again, { version: 1 });
  });

  it('two groups registered at once under one name (different case): one 201, one 409', async () => {
    const name = `Race ${randomUUID().slice(0, 8)}`;
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all([post('/v1/groups', { name }, 'analyst'), post('/v1/groups', { name: name.toUpperCase() }, 'analyst')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });
});

describe('client-supplied ids on create', () => {
  it('an incident: the same id and body again is 201 with the same answer and records nothing; another body is 409', async () => {
    const id = randomUUID();
    const body = { id, occurredAt: '2023-07-12', location: { country: 'Afghanistan', place: 'Kabul' }, type: 'armed_assault', sourceIds: [s1] };
    const first = await post('/v1/incidents', body);
    expectWriteAnswer(first, { id, version: 1 });
    const again = await expectNothingRecorded(t, () => post('/v1/incidents', body));
    expectWriteAnswer(again, { id, version: 1 });
    expect(again.body).toEqual(first.body);
    const other = await expectNothingRecorded(t, () => post('/v1/incidents', { ...body, type: 'bombing' }));
    expectProblem(other, 409);
    expect(await streamEvents(t.tdb.owner.db, `incident-${id}`)).toHaveLength(1);
  });

  it('an upper-case client id is the same id', async () => {
    const id = randomUUID();
    const body = { id: id.toUpperCase(), occurredAt: '2022', location: { country: 'PK' }, type: 'unknown' };
    const first = await post('/v1/incidents', body);
    expectWriteAnswer(first, { id });
    const again = await expectNothingRecorded(t, () => post('/v1/incidents', { ...body, id }));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('a group: the same id and body again is 201 with the same answer; another body is 409', async () => {
    const id = randomUUID();
    const body = { id, name: `Hizb ${id.slice(0, 8)}`, aliases: [`HZ-${id.slice(0, 4)}`], kind: 'militant' };
    const first = await post('/v1/groups', body, 'analyst');
    expectWriteAnswer(first, { id, version: 1 });
    const again = await expectNothingRecorded(t, () => post('/v1/groups', body, 'analyst'));
    expectWriteAnswer(again, { id, version: 1 });
    expect(again.body).toEqual(first.body);
    const other = await expectNothingRecorded(t, () => post('/v1/groups', { ...body, kind: 'political' }, 'analyst'));
    expectProblem(other, 409);
  });

  it('a source: the same id and body again is 201 with the same answer; another body is 409', async () => {
    const id = randomUUID();
    const body = { id, name: 'Khorasan Diary', kind: 'analyst', reliability: 'C' };
    const first = await post('/v1/sources', body);
    expectWriteAnswer(first, { id, version: 1 });
    const again = await expectNothingRecorded(t, () => post('/v1/sources', body));
    expectWriteAnswer(again, { id, version: 1 });
    expect(again.body).toEqual(first.body);
    const other = await expectNothingRecorded(t, () => post('/v1/sources', { ...body, reliability: 'E' }));
    expectProblem(other, 409);
  });

  it('a client-supplied claim id is the claim id in the answer and the event', async () => {
    const incidentId = await seed.incident();
    const id = randomUUID();
    const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('ISKP', { id }));
    expectWriteAnswer(res, { id, incidentId });
    const event = await eventAt(t.tdb.owner.db, res.body.position);
    expect(event!.data.claimId).toBe(id);
  });

  it('a claim: the same id and body again is 201 with the same answer and records nothing; another body is 409', async () => {
    const incidentId = await seed.incident();
    const id = randomUUID();
    const body = claimBody('TJP', { id });
    const first = await post(`/v1/incidents/${incidentId}/claims`, body);
    expectWriteAnswer(first, { id, incidentId });
    const again = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims`, body));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims`, { ...body, channel: 'video' }));
    expectProblem(other, 409);
  });

  it('other sub-resources (denial, attribution, relation): the same client id and body again is 201 with the same answer', async () => {
    const incidentId = await seed.incident();
    const relationGroup = await seed.group(`Splinter ${randomUUID().slice(0, 8)}`);
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      [`/v1/incidents/${incidentId}/denials`, { id: randomUUID(), group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 }, 'reporter'],
      [`/v1/incidents/${incidentId}/attributions`, { id: randomUUID(), group: 'TTP', confidence: 55, basis: 'b' }, 'analyst'],
      [`/v1/groups/${relationGroup}/relations`, { id: randomUUID(), relation: 'splinter_of', otherGroup: 'TTP' }, 'analyst'],
    ];
    for (const [path, body, role] of calls) {
      const first = await post(path, body, role);
      expectWriteAnswer(first, { id: body.id as string });
      const again = await expectNothingRecorded(t, () => post(path, body, role));
      expect({ path, status: again.status, body: again.body }).toEqual({ path, status: 201, body: first.body });
    }
  });
});
