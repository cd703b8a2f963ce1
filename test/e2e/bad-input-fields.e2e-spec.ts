// Bad input (docs/API.md "Writes" and the problem+json rule): a field of the wrong type, unknown,
// missing, or out of its enum or range is a 4xx problem+json naming the field, never a 500, and
// nothing recorded. Bodies, strings and paths that are bad before any field: bad-input.e2e-spec.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type RoleName } from './support/e2e.js';
import {
  claim,
  claimId,
  groupId,
  incident,
  incidentId,
  post,
  rejects,
  seed,
  sourceId,
  useBadInputApp,
} from './support/bad-input-app.js';

useBadInputApp('e2e_bad_input_fields');

describe('wrong types', () => {
  it.each([
    ['location.country', incident({ location: { country: 42 } })],
    ['casualties.killedMin', incident({ casualties: { killedMin: 'five' } })],
    ['casualties.killedMax', incident({ casualties: { killedMax: -1 } })],
    ['casualties.injuredMin', incident({ casualties: { injuredMin: 2.5 } })],
    ['location.lat', incident({ location: { country: 'PK', lat: 'north', lon: 71 } })],
    ['location.lon', incident({ location: { country: 'PK', lat: 34, lon: 200 } })],
    ['suicide', incident({ suicide: 'yes' })],
    ['occurredAt', incident({ occurredAt: 20230712 })],
    ['location', incident({ location: 'Peshawar' })],
    ['sourceIds', incident({ sourceIds: 'abc' })],
    ['sourceIds.0', incident({ sourceIds: ['not-a-uuid'] })],
    ['summary', incident({ summary: { text: 'x' } })],
  ])('POST /v1/incidents with a wrong %s is 400 naming it', async (path, body) => {
    await rejects('/v1/incidents', body, 400, [path]);
  });

  it('wrong types in claims, groups and sources name the field', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ group: 7 }), 400, ['group']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ sourceId: 'nope' }), 400, ['sourceId']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ spokesperson: ['a'] }), 400, ['spokesperson']);
    await rejects('/v1/groups', { name: 'X', aliases: 'Y' }, 400, ['aliases'], 'analyst');
    await rejects('/v1/groups', { name: 'X', aliases: [1] }, 400, ['aliases.0'], 'analyst');
    await rejects('/v1/sources', { name: 5, kind: 'news', reliability: 'A' }, 400, ['name']);
    await rejects('/v1/incidents', incident({ id: 'my-incident' }), 400, ['id']);
  });

  it('malformed dates are 400 naming the field', async () => {
    await rejects('/v1/incidents', incident({ occurredAt: 'last tuesday' }), 400, ['occurredAt']);
    await rejects('/v1/incidents', incident({ occurredAt: '2023-02-30' }), 400, ['occurredAt']);
    await rejects('/v1/incidents', incident({ occurredAt: '2023-13' }), 400, ['occurredAt']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ claimedAt: '2023-07-12' }), 400, ['claimedAt']);
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ claimedAt: '2023-07-12T18:00:00' }), 400, [
      'claimedAt',
    ]);
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt: 'soon', sourceId }, 400, [
      'retractedAt',
    ]);
    await rejects(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', deniedAt: '12/07/2023', sourceId }, 400, [
      'deniedAt',
    ]);
    await rejects(
      `/v1/groups/${groupId}/aliases`,
      { alias: 'Old TTP', validFrom: 'the nineties' },
      400,
      ['validFrom'],
      'analyst',
    );
  });

  it('an unknown country is 400 naming location.country', async () => {
    await rejects('/v1/incidents', incident({ location: { country: 'Atlantis' } }), 400, ['location.country']);
  });
});

describe('unknown fields', () => {
  it('an unknown top-level field is 400 naming it', async () => {
    const res = await rejects('/v1/incidents', incident({ bogus: 1 }), 400, ['bogus']);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['bogus']);
  });

  it('an unknown nested field is 400 naming its path', async () => {
    await rejects('/v1/incidents', incident({ location: { country: 'PK', city: 'Peshawar' } }), 400, ['location.city']);
    await rejects('/v1/incidents', incident({ casualties: { killed: 3 } }), 400, ['casualties.killed']);
  });

  it('unknown fields are refused on every write', async () => {
    const calls: Array<[string, Record<string, unknown>, RoleName]> = [
      ['/v1/groups', { name: `G ${randomUUID()}`, bogus: 1 }, 'analyst'],
      [`/v1/groups/${groupId}/aliases`, { alias: `A ${randomUUID()}`, bogus: 1 }, 'analyst'],
      [`/v1/groups/${groupId}/relations`, { relation: 'rival_of', otherGroup: 'TTP', bogus: 1 }, 'analyst'],
      ['/v1/sources', { name: 'S', kind: 'news', reliability: 'A', bogus: 1 }, 'reporter'],
      [`/v1/sources/${sourceId}/ratings`, { reliability: 'A', reason: 'r', bogus: 1 }, 'analyst'],
      [`/v1/incidents/${incidentId}/claims`, claim({ bogus: 1 }), 'reporter'],
      [`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId, bogus: 1 }, 'reporter'],
      [
        `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
        { verdict: 'authentic', basis: 'b', bogus: 1 },
        'analyst',
      ],
      [
        `/v1/incidents/${incidentId}/claims/${claimId}/retractions`,
        { retractedAt: '2023-07-13T00:00:00Z', sourceId, bogus: 1 },
        'reporter',
      ],
      [
        `/v1/incidents/${incidentId}/denials`,
        { group: 'TTP', deniedAt: '2023-07-13T00:00:00Z', sourceId, bogus: 1 },
        'reporter',
      ],
      [`/v1/incidents/${incidentId}/attributions`, { group: 'TTP', confidence: 5, basis: 'b', bogus: 1 }, 'analyst'],
      [`/v1/incidents/${incidentId}/corrections`, { fields: { summary: 's' }, reason: 'r', bogus: 1 }, 'reporter'],
      [`/v1/incidents/${incidentId}/duplicate-of`, { incidentId: randomUUID(), bogus: 1 }, 'reporter'],
      [`/v1/reviews/${randomUUID()}/resolution`, { decision: 'uphold', note: 'n', bogus: 1 }, 'analyst'],
    ];
    for (const [path, body, role] of calls) await rejects(path, body, 400, ['bogus'], role);
  });

  it('a correction naming a field that is not an incident field is 400 naming it', async () => {
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { perpetrator: 'TTP' }, reason: 'r' }, 400, [
      'fields.perpetrator',
    ]);
  });
});

describe('missing required fields', () => {
  it.each([
    ['occurredAt', { location: { country: 'PK' }, type: 'bombing' }],
    ['location', { occurredAt: '2023', type: 'bombing' }],
    ['location.country', { occurredAt: '2023', location: { place: 'Quetta' }, type: 'bombing' }],
    ['type', { occurredAt: '2023', location: { country: 'PK' } }],
  ])('POST /v1/incidents without %s is 400 naming it', async (path, body) => {
    await rejects('/v1/incidents', body, 400, [path]);
  });

  it('a claim without group, channel, claimedAt and sourceId names each of them', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, {}, 400, ['group', 'channel', 'claimedAt', 'sourceId']);
  });

  it('required fields of the other writes are named', async () => {
    await rejects('/v1/groups', { aliases: ['x'] }, 400, ['name'], 'analyst');
    await rejects('/v1/groups', { name: '   ' }, 400, ['name'], 'analyst');
    await rejects(`/v1/groups/${groupId}/aliases`, {}, 400, ['alias'], 'analyst');
    await rejects(`/v1/groups/${groupId}/relations`, { relation: 'rival_of' }, 400, ['otherGroup'], 'analyst');
    await rejects('/v1/sources', { name: 'S' }, 400, ['kind', 'reliability']);
    await rejects(`/v1/sources/${sourceId}/ratings`, { reliability: 'A' }, 400, ['reason'], 'analyst');
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, {}, 400, ['sourceId']);
    await rejects(
      `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
      { verdict: 'authentic' },
      400,
      ['basis'],
      'analyst',
    );
    await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { sourceId }, 400, ['retractedAt']);
    await rejects(`/v1/incidents/${incidentId}/denials`, { group: 'TTP', sourceId }, 400, ['deniedAt']);
    await rejects(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', basis: 'b' },
      400,
      ['confidence'],
      'analyst',
    );
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { summary: 's' } }, 400, ['reason']);
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: {}, reason: 'r' }, 400, ['fields']);
    await rejects(`/v1/incidents/${incidentId}/duplicate-of`, { reason: 'r' }, 400, ['incidentId']);
    await rejects(`/v1/reviews/${randomUUID()}/resolution`, { decision: 'uphold' }, 400, ['note'], 'analyst');
  });
});

describe('invalid enum values and ranges', () => {
  it('enums: channel, type, reliability, kind, relation, verdict, decision', async () => {
    await rejects(`/v1/incidents/${incidentId}/claims`, claim({ channel: 'tweet' }), 400, ['channel']);
    await rejects('/v1/incidents', incident({ type: 'explosion' }), 400, ['type']);
    await rejects('/v1/sources', { name: 'S', kind: 'news', reliability: 'G' }, 400, ['reliability']);
    await rejects('/v1/sources', { name: 'S', kind: 'news', reliability: 'a' }, 400, ['reliability']);
    await rejects('/v1/sources', { name: 'S', kind: 'blog', reliability: 'A' }, 400, ['kind']);
    await rejects(
      `/v1/sources/${sourceId}/ratings`,
      { reliability: 'Z', reason: 'r' },
      400,
      ['reliability'],
      'analyst',
    );
    await rejects(
      `/v1/groups/${groupId}/relations`,
      { relation: 'enemy_of', otherGroup: 'TTP' },
      400,
      ['relation'],
      'analyst',
    );
    await rejects(
      `/v1/incidents/${incidentId}/claims/${claimId}/authenticity`,
      { verdict: 'maybe', basis: 'b' },
      400,
      ['verdict'],
      'analyst',
    );
    await rejects(
      `/v1/reviews/${randomUUID()}/resolution`,
      { decision: 'maybe', note: 'n' },
      400,
      ['decision'],
      'analyst',
    );
  });

  it('credibility outside 1–6 (or not an integer) is 400 naming credibility', async () => {
    for (const credibility of [0, 7, -1, 3.5, '3']) {
      await rejects(`/v1/incidents/${incidentId}/claims`, claim({ group: randomUUID(), credibility }), 400, [
        'credibility',
      ]);
      await rejects(`/v1/incidents/${incidentId}/claims/${claimId}/sources`, { sourceId, credibility }, 400, [
        'credibility',
      ]);
    }
  });

  it('confidence outside 0–100 (or not an integer) is 400 naming confidence', async () => {
    for (const confidence of [-1, 101, 50.5, '50']) {
      await rejects(
        `/v1/incidents/${incidentId}/attributions`,
        { group: 'TTP', confidence, basis: 'b' },
        400,
        ['confidence'],
        'analyst',
      );
      await rejects(
        `/v1/groups/${groupId}/relations`,
        { relation: 'rival_of', otherGroup: 'TTP', confidence },
        400,
        ['confidence'],
        'analyst',
      );
    }
  });

  it('the bounds themselves are accepted', async () => {
    const other = await seed.group(`Bounds ${randomUUID().slice(0, 8)}`);
    const low = await post(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', confidence: 0, basis: 'b' },
      'analyst',
    );
    expect(low.status).toBe(201);
    const high = await post(
      `/v1/incidents/${incidentId}/attributions`,
      { group: 'TTP', confidence: 100, basis: 'b' },
      'analyst',
    );
    expect(high.status).toBe(201);
    const six = await post(`/v1/incidents/${incidentId}/claims`, claim({ group: other, credibility: 6 }));
    expect(six.status).toBe(201);
  });

  it(
    'rules across fields are 422 naming the field: ' + 'min above max, lat without lon, validTo before validFrom',
    async () => {
      await rejects('/v1/incidents', incident({ casualties: { killedMin: 10, killedMax: 2 } }), 422, [
        'casualties.killedMax',
      ]);
      await rejects('/v1/incidents', incident({ location: { country: 'PK', lat: 34 } }), 422, ['location.lon']);
      await rejects(
        `/v1/groups/${groupId}/aliases`,
        { alias: 'Later', validFrom: '2020', validTo: '2019' },
        422,
        ['validTo'],
        'analyst',
      );
    },
  );

  it('a correction that changes nothing is 422 naming fields', async () => {
    await rejects(`/v1/incidents/${incidentId}/corrections`, { fields: { type: 'bombing' }, reason: 'r' }, 422, [
      'fields',
    ]);
  });
});
