// Domain rules seen through the API (docs/API.md "Writes"), identity: group names resolved
// case-insensitively and unique across groups, client-supplied ids on create (set-up: support/seeded-app.ts).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { countEvents } from '../support/test-database.js';
import {
  eventAt,
  expectNothingRecorded,
  expectProblem,
  expectWriteAnswer,
  streamEvents,
  type RoleName,
} from './support/e2e.js';
import { claimBody, iskp, post, s1, seed, t, tjp, ttp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_rules_names');

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
      const res = await expectNothingRecorded(t, () =>
        post('/v1/groups', { name: `New group ${randomUUID()}`, aliases: [alias] }, 'analyst'),
      );
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

  // Issue 16 item 5: names compare after NFKC with format characters (Cf) removed, as persons' do.
  it(
    'look-alike names (format characters, compatibility forms) are the name they imitate: ' +
      '409; a bidi override is 422 naming the field; nothing recorded',
    async () => {
      for (const name of ['TTP\u200b', 'T\u00adTP', '\u2060TTP', 'ＴＴＰ']) {
        const res = await expectNothingRecorded(t, () => post('/v1/groups', { name }, 'analyst'));
        expect({ name, status: res.status }).toEqual({ name, status: 409 });
        const alias = await expectNothingRecorded(t, () =>
          post(`/v1/groups/${tjp}/aliases`, { alias: name }, 'analyst'),
        );
        expect({ name, status: alias.status }).toEqual({ name, status: 409 });
      }
      const cases: Array<[object, string]> = [
        [{ name: '\u202eTTP' }, 'name'],
        [{ name: `Bidi ${randomUUID()}\u2066x\u2069` }, 'name'],
        [{ name: `Fine ${randomUUID()}`, aliases: ['ok', '\u202dPTT'] }, 'aliases.1'],
        [{ name: '\u200b\u2060' }, 'name'],
      ];
      for (const [body, path] of cases)
        expectProblem(await expectNothingRecorded(t, () => post('/v1/groups', body, 'analyst')), 422, path);
      expectProblem(
        await expectNothingRecorded(t, () => post(`/v1/groups/${tjp}/aliases`, { alias: 'x\u202ey' }, 'analyst')),
        422,
        'alias',
      );
      // A reference written with a format character resolves to the group it imitates.
      const incidentId = await seed.incident();
      const res = await post(`/v1/incidents/${incidentId}/claims`, claimBody('T\u00adT\u200bP'));
      expectWriteAnswer(res, { incidentId });
      expect((await eventAt(t.tdb.owner.db, res.body.position))!.data.groupId).toBe(ttp);
    },
  );

  it('two groups registered at once under one name (different case): one 201, one 409', async () => {
    const name = `Race ${randomUUID().slice(0, 8)}`;
    const before = await countEvents(t.tdb.owner.db);
    const results = await Promise.all([
      post('/v1/groups', { name }, 'analyst'),
      post('/v1/groups', { name: name.toUpperCase() }, 'analyst'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  });
});

describe('client-supplied ids on create', () => {
  it(
    'an incident: the same id and body again is 201 with ' + 'the same answer and records nothing; another body is 409',
    async () => {
      const id = randomUUID();
      const body = {
        id,
        occurredAt: '2023-07-12',
        location: { country: 'Afghanistan', place: 'Kabul' },
        type: 'armed_assault',
        sourceIds: [s1],
      };
      const first = await post('/v1/incidents', body);
      expectWriteAnswer(first, { id, version: 1 });
      const again = await expectNothingRecorded(t, () => post('/v1/incidents', body));
      expectWriteAnswer(again, { id, version: 1 });
      expect(again.body).toEqual(first.body);
      const other = await expectNothingRecorded(t, () => post('/v1/incidents', { ...body, type: 'bombing' }));
      expectProblem(other, 409);
      expect(await streamEvents(t.tdb.owner.db, `incident-${id}`)).toHaveLength(1);
    },
  );

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

  it(
    'a claim: the same id and body again is 201 with the ' + 'same answer and records nothing; another body is 409',
    async () => {
      const incidentId = await seed.incident();
      const id = randomUUID();
      const body = claimBody('TJP', { id });
      const first = await post(`/v1/incidents/${incidentId}/claims`, body);
      expectWriteAnswer(first, { id, incidentId });
      const again = await expectNothingRecorded(t, () => post(`/v1/incidents/${incidentId}/claims`, body));
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const other = await expectNothingRecorded(t, () =>
        post(`/v1/incidents/${incidentId}/claims`, { ...body, channel: 'video' }),
      );
      expectProblem(other, 409);
    },
  );

  it(
    'other sub-resources (denial, attribution, relation): ' +
      'the same client id and body again is 201 with the same answer',
    async () => {
      const incidentId = await seed.incident();
      const relationGroup = await seed.group(`Splinter ${randomUUID().slice(0, 8)}`);
      const calls: Array<[string, Record<string, unknown>, RoleName]> = [
        [
          `/v1/incidents/${incidentId}/denials`,
          { id: randomUUID(), group: 'ISKP', deniedAt: '2023-07-13T00:00:00Z', sourceId: s1 },
          'reporter',
        ],
        [
          `/v1/incidents/${incidentId}/attributions`,
          { id: randomUUID(), group: 'TTP', confidence: 55, basis: 'b' },
          'analyst',
        ],
        [
          `/v1/groups/${relationGroup}/relations`,
          { id: randomUUID(), relation: 'splinter_of', otherGroup: 'TTP' },
          'analyst',
        ],
      ];
      for (const [path, body, role] of calls) {
        const first = await post(path, body, role);
        expectWriteAnswer(first, { id: body.id as string });
        const again = await expectNothingRecorded(t, () => post(path, body, role));
        expect({ path, status: again.status, body: again.body }).toEqual({ path, status: 201, body: first.body });
      }
    },
  );
});
