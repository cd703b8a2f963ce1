// docs/API.md "People" (second round), issue 17 "Bad input and rules": 401/403 by role, 404 for an
// unknown person or affiliation in the path, 422 naming the field (unknown group or source, dates
// out of order or in the future, toGroup without defected, bidi controls or only invisible
// characters in names), 409 for a name another person holds (naming the holder) and for
// ending/withdrawing twice; nothing recorded.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { bearer } from '../support/test-app.js';
import { expectNothingRecorded, expectProblem, expectWriteAnswer, type RoleName } from './support/e2e.js';
import { post, s1, t, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_persons_rules');

let noorWali: string;
let affiliationId: string;
const future = `${new Date().getUTCFullYear() + 2}-01`;

/** Posts and asserts a problem naming `paths`, with the log unchanged. */
async function rejects(path: string, body: unknown, status: number, paths: string[], role: RoleName = 'analyst') {
  const res = await expectNothingRecorded(t, () => post(path, body, role));
  expectProblem(res, status, ...paths);
  return res;
}

beforeAll(async () => {
  const res = await post('/v1/persons', { name: 'Noor Wali Mehsud', aliases: ['Abu Mansoor Asim'] });
  expectWriteAnswer(res);
  noorWali = res.body.id;
  const aff = await post(
    `/v1/persons/${noorWali}/affiliations`,
    { group: 'TTP', role: 'leader', validFrom: '2018-06-22' },
    'analyst',
  );
  expectWriteAnswer(aff);
  affiliationId = aff.body.id;
});

describe('auth', () => {
  it('401 without a key on every person write; nothing recorded', async () => {
    for (const path of [
      '/v1/persons',
      `/v1/persons/${noorWali}/aliases`,
      `/v1/persons/${noorWali}/affiliations`,
      `/v1/persons/${noorWali}/affiliations/${affiliationId}/end`,
      `/v1/persons/${noorWali}/affiliations/${affiliationId}/withdrawal`,
      `/v1/persons/${noorWali}/status`,
    ]) {
      const res = await expectNothingRecorded(t, () => t.http.post(path).send({ name: 'X' }));
      expectProblem(res, 401);
    }
  });

  it('403 for a reporter on the analyst writes; nothing recorded', async () => {
    await rejects(`/v1/persons/${noorWali}/aliases`, { alias: 'Mufti Noor Wali' }, 403, [], 'reporter');
    await rejects(
      `/v1/persons/${noorWali}/affiliations`,
      { group: 'TTP', role: 'member', validFrom: '2010' },
      403,
      [],
      'reporter',
    );
    await rejects(
      `/v1/persons/${noorWali}/affiliations/${affiliationId}/end`,
      { validTo: '2020', reason: 'resigned' },
      403,
      [],
      'reporter',
    );
    await rejects(
      `/v1/persons/${noorWali}/affiliations/${affiliationId}/withdrawal`,
      { reason: 'x' },
      403,
      [],
      'reporter',
    );
  });

  it('an analyst and an admin may register persons and record statuses (the roles include reporter)', async () => {
    expectWriteAnswer(await post('/v1/persons', { name: 'Qari Hussain' }, 'analyst'));
    const res = await t.http
      .post(`/v1/persons/${noorWali}/status`)
      .set(bearer(t.keys.admin))
      .send({ status: 'active', at: '2023' });
    expectWriteAnswer(res);
  });
});

describe('names', () => {
  it(
    'a name or alias another person holds is 409 name_taken naming the holder — ' +
      'compared case-, NFKC- and format-character-insensitively',
    async () => {
      for (const name of [
        'noor wali mehsud',
        'ＮＯＯＲ Wali Mehsud',
        'Noor\u200B Wali\u00AD Mehsud',
        'ABU MANSOOR ASIM',
      ]) {
        const res = await rejects('/v1/persons', { name }, 409, [], 'reporter');
        expect(res.body).toMatchObject({ code: 'name_taken', field: 'name', personId: noorWali });
      }
      const alias = await rejects(
        '/v1/persons',
        { name: 'Someone Else', aliases: ['ok', 'Abu Mansoor Asim'] },
        409,
        [],
      );
      expect(alias.body).toMatchObject({ code: 'name_taken', field: 'aliases.1', personId: noorWali });
      const other = await post('/v1/persons', { name: 'Fazlullah' });
      expectWriteAnswer(other);
      const res = await rejects(`/v1/persons/${other.body.id}/aliases`, { alias: 'abu mansoor asim' }, 409, []);
      expect(res.body).toMatchObject({ code: 'name_taken', field: 'alias', personId: noorWali });
    },
  );

  it('an alias the person already has is 409 alias_exists', async () => {
    const res = await rejects(`/v1/persons/${noorWali}/aliases`, { alias: 'NOOR WALI MEHSUD' }, 409, []);
    expect(res.body.code).toBe('alias_exists');
  });

  it('a group’s name is not a person’s: persons and groups do not share the reservation', async () => {
    expectWriteAnswer(await post('/v1/persons', { name: 'TJP' }));
  });

  it('bidirectional override or isolate characters are 422 naming the field', async () => {
    await rejects('/v1/persons', { name: 'Noor\u202EWali' }, 422, ['name'], 'reporter');
    await rejects('/v1/persons', { name: 'Ok Name', aliases: ['fine', 'x\u2067y'] }, 422, ['aliases.1'], 'reporter');
    await rejects(`/v1/persons/${noorWali}/aliases`, { alias: '\u202Aabc' }, 422, ['alias']);
  });

  it(
    'a name or alias of invisible format characters only is 422 naming the field, ' +
      'so no person answers to an invisible reference',
    async () => {
      // Such a name compares as the empty key: once one was recorded, every other invisible name was
      // 409 against it and an invisible author or subject of a statement resolved to that person.
      await rejects('/v1/persons', { name: '\u200B\u2060' }, 422, ['name'], 'reporter');
      await rejects(
        '/v1/persons',
        { name: 'Visible', aliases: ['ok', '\u00AD\uFEFF'] },
        422,
        ['aliases.1'],
        'reporter',
      );
      await rejects(`/v1/persons/${noorWali}/aliases`, { alias: '\u200B' }, 422, ['alias']);
      const statement = { kind: 'threat', madeAt: '2024-03', sourceId: s1, summary: 'invisible author' };
      await rejects(
        '/v1/statements',
        { ...statement, author: { personId: '\u200B' } },
        422,
        ['author.personId'],
        'reporter',
      );
      await rejects(
        '/v1/statements',
        { ...statement, about: { personIds: ['\u2060'] } },
        422,
        ['about.personIds.0'],
        'reporter',
      );
    },
  );
});

describe('references', () => {
  it('an unknown person in the path is 404 on every write', async () => {
    const ghost = randomUUID();
    await rejects(`/v1/persons/${ghost}/aliases`, { alias: 'Ghost' }, 404, []);
    await rejects(`/v1/persons/${ghost}/affiliations`, { group: 'TTP', role: 'member', validFrom: '2010' }, 404, []);
    await rejects(
      `/v1/persons/${ghost}/affiliations/${affiliationId}/end`,
      { validTo: '2020', reason: 'resigned' },
      404,
      [],
    );
    await rejects(`/v1/persons/${ghost}/affiliations/${affiliationId}/withdrawal`, { reason: 'x' }, 404, []);
    await rejects(`/v1/persons/${ghost}/status`, { status: 'active', at: '2020' }, 404, [], 'reporter');
  });

  it('an unknown affiliation is 404', async () => {
    const ghost = randomUUID();
    await rejects(
      `/v1/persons/${noorWali}/affiliations/${ghost}/end`,
      { validTo: '2020', reason: 'resigned' },
      404,
      [],
    );
    await rejects(`/v1/persons/${noorWali}/affiliations/${ghost}/withdrawal`, { reason: 'x' }, 404, []);
  });

  it('an unknown group, toGroup, source or incident in the body is 422 naming the field', async () => {
    const path = `/v1/persons/${noorWali}/affiliations`;
    await rejects(path, { group: 'No Such Group', role: 'member', validFrom: '2010' }, 422, ['group']);
    await rejects(path, { group: 'TTP', role: 'member', validFrom: '2010', sourceId: randomUUID() }, 422, ['sourceId']);
    await rejects(`${path}/${affiliationId}/end`, { validTo: '2024', reason: 'defected', toGroup: 'Nobody' }, 422, [
      'toGroup',
    ]);
    await rejects(
      `/v1/persons/${noorWali}/status`,
      { status: 'killed', at: '2020', incidentId: randomUUID() },
      422,
      ['incidentId'],
      'reporter',
    );
    await rejects(
      `/v1/persons/${noorWali}/status`,
      { status: 'killed', at: '2020', sourceId: randomUUID() },
      422,
      ['sourceId'],
      'reporter',
    );
  });

  it('bad enums, confidence, missing and unknown fields are 400 naming the field (shape errors)', async () => {
    const path = `/v1/persons/${noorWali}/affiliations`;
    await rejects(path, { group: 'TTP', role: 'emir', validFrom: '2010' }, 400, ['role']);
    await rejects(path, { group: 'TTP', role: 'member', validFrom: '2010', confidence: 101 }, 400, ['confidence']);
    await rejects(path, { group: 'TTP', role: 'member' }, 400, ['validFrom']);
    await rejects(`/v1/persons/${noorWali}/status`, { status: 'martyred', at: '2020' }, 400, ['status'], 'reporter');
    await rejects('/v1/persons', { name: 'X', rank: 'emir' }, 400, [], 'reporter');
  });
});

describe('dates', () => {
  it('an affiliation ending before it began is 422 validTo, partial-date aware', async () => {
    const path = `/v1/persons/${noorWali}/affiliations`;
    await rejects(path, { group: 'TTP', role: 'member', validFrom: '2015-03', validTo: '2015-02' }, 422, ['validTo']);
    // Same month at different precisions may overlap: accepted.
    expectWriteAnswer(
      await post(path, { group: 'TTP', role: 'member', validFrom: '2015-03', validTo: '2015' }, 'analyst'),
    );
    await rejects(`${path}/${affiliationId}/end`, { validTo: '2018-06-21', reason: 'replaced' }, 422, ['validTo']);
  });

  it('a status at after announcedAt is 422 announcedAt', async () => {
    await rejects(
      `/v1/persons/${noorWali}/status`,
      { status: 'killed', at: '2021-03-02', announcedAt: '2021-03-01' },
      422,
      ['announcedAt'],
      'reporter',
    );
  });

  it('a date beyond one day of clock skew is 422 naming the field', async () => {
    const path = `/v1/persons/${noorWali}`;
    await rejects(`${path}/aliases`, { alias: 'Later Name', validFrom: future }, 422, ['validFrom']);
    await rejects(`${path}/affiliations`, { group: 'TTP', role: 'member', validFrom: future }, 422, ['validFrom']);
    await rejects(`${path}/affiliations/${affiliationId}/end`, { validTo: future, reason: 'killed' }, 422, ['validTo']);
    await rejects(`${path}/status`, { status: 'killed', at: future }, 422, ['at'], 'reporter');
    await rejects(
      `${path}/status`,
      { status: 'killed', at: '2020', announcedAt: future },
      422,
      ['announcedAt'],
      'reporter',
    );
  });
});

describe('ending and withdrawing', () => {
  it('toGroup without reason defected is 422 toGroup', async () => {
    await rejects(
      `/v1/persons/${noorWali}/affiliations/${affiliationId}/end`,
      { validTo: '2024', reason: 'resigned', toGroup: 'ISKP' },
      422,
      ['toGroup'],
    );
  });

  it('ending an ended affiliation is 409; withdrawing twice is 409; ending a withdrawn one is 409', async () => {
    const end = `/v1/persons/${noorWali}/affiliations/${affiliationId}/end`;
    expectWriteAnswer(await post(end, { validTo: '2024-02', reason: 'replaced' }, 'analyst'));
    const again = await rejects(end, { validTo: '2024-03', reason: 'killed' }, 409, []);
    expect(again.body.code).toBe('affiliation_ended');

    const recorded = await post(
      `/v1/persons/${noorWali}/affiliations`,
      { group: 'ISKP', role: 'financier', validFrom: '2019' },
      'analyst',
    );
    expectWriteAnswer(recorded);
    const withdrawal = `/v1/persons/${noorWali}/affiliations/${recorded.body.id}/withdrawal`;
    expectWriteAnswer(await post(withdrawal, { reason: 'wrong person' }, 'analyst'));
    const twice = await rejects(withdrawal, { reason: 'wrong person' }, 409, []);
    expect(twice.body.code).toBe('already_withdrawn');
    const endWithdrawn = await rejects(
      `/v1/persons/${noorWali}/affiliations/${recorded.body.id}/end`,
      { validTo: '2020', reason: 'expelled' },
      409,
      [],
    );
    expect(endWithdrawn.body.code).toBe('affiliation_withdrawn');
  });

  it('an affiliation recorded with its end already known cannot be ended again', async () => {
    const recorded = await post(
      `/v1/persons/${noorWali}/affiliations`,
      { group: 'TJP', role: 'ideologue', validFrom: '2012', validTo: '2013' },
      'analyst',
    );
    expectWriteAnswer(recorded);
    const res = await rejects(
      `/v1/persons/${noorWali}/affiliations/${recorded.body.id}/end`,
      { validTo: '2014', reason: 'resigned' },
      409,
      [],
    );
    expect(res.body.code).toBe('affiliation_ended');
  });
});
