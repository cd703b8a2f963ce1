// The persons reads (docs/API.md "People"): GET /v1/persons, /v1/persons/{id} (now and as of),
// /v1/persons/{id}/history and GET /v1/groups/{id}/leadership. Groups and sources go through the
// API; person events are appended in the contract's shapes with an actor, as the StreamWriter
// does, and a projection runner follows the log (reads pass minPosition).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectionRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import {
  affiliationEnded,
  affiliationRecorded,
  affiliationWithdrawn,
  registered,
  statusRecorded,
} from '../projections/support/persons-workload.js';
import { Seeder } from './support/e2e.js';
import { startProjectionRunner } from '../support/projections.js';

let t: TestApp;
let store: EventStore;
let runner: ProjectionRunner;
let last = 0;
let ttp: string;
let iskp: string;
let dawn: string;
const P = { mehsud: randomUUID(), noor: randomUUID(), khan: randomUUID(), ihsan: randomUUID(), rival: randomUUID() };
const A = {
  mehsudLeader: randomUUID(),
  noorLeader: randomUUID(),
  khanSpokes: randomUUID(),
  ihsanSpokes: randomUUID(),
  ihsanIskp: randomUUID(),
  rivalLeader: randomUUID(),
  rivalWrong: randomUUID(),
  khanMember: randomUUID(),
};
const ACTOR = { actor: { keyId: 'test-analyst', role: 'analyst', name: 'analyst key' }, correlationId: 'persons-e2e' };

async function append(personId: string, events: Array<{ type: string; data: unknown }>) {
  const stored = await store.readStream(personStreamId(personId));
  const r = await store.append(
    personStreamId(personId),
    events.map((e) => ({ ...e, metadata: ACTOR })),
    { expectedVersion: stored.length },
  );
  last = Math.max(last, r.lastPosition);
  return r;
}

const get = (path: string, key: string | null = t.keys.reporter) => {
  const req = t.http.get(path);
  return key ? req.set(bearer(key)) : req;
};
/** An affiliation of `role` in `groupId` from `validFrom` (to `validTo`, open when absent). */
const held = (affiliationId: string, groupId: string, role: string, validFrom: string, validTo: string | null = null) =>
  affiliationRecorded({ affiliationId, groupId, role, validFrom, validTo });
/** A read that sees every write so far. */
const read = (path: string) => get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`);

beforeAll(async () => {
  t = await createTestApp('e2e_persons_reads');
  store = new EventStore(t.tdb.app.db);
  const seed = new Seeder(t);
  dawn = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
  ttp = await seed.group('Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']);
  iskp = await seed.group('Islamic State Khorasan Province', ['ISKP']);
  runner = startProjectionRunner(t.tdb, { store });

  // The demo case: TTP's leader from 2015-01 to 2016-08, killed.
  await append(P.mehsud, [
    registered(P.mehsud, 'Hakimullah Mehsud', ['Jamshed'], 'TTP emir'),
    affiliationRecorded({
      affiliationId: A.mehsudLeader,
      groupId: ttp,
      role: 'leader',
      validFrom: '2015-01',
      sourceId: dawn,
      confidence: 80,
    }),
  ]);
  await append(P.mehsud, [
    affiliationEnded(A.mehsudLeader, '2016-08', 'killed'),
    statusRecorded(randomUUID(), 'killed', '2016-08-01', '2018-01'),
  ]);
  // His successor from 2016-09, still leading (open end).
  await append(P.noor, [
    registered(P.noor, 'Noor Wali Mehsud', ['Abu Mansoor Asim']),
    held(A.noorLeader, ttp, 'leader', '2016-09'),
  ]);
  // Two spokespersons at once in 2014 (contested), one of whom defected to ISKP.
  await append(P.khan, [
    registered(P.khan, 'Shahidullah Shahid', []),
    held(A.khanSpokes, ttp, 'spokesperson', '2013', '2014-10'),
    held(A.khanMember, ttp, 'member', '2010'),
  ]);
  await append(P.ihsan, [
    registered(P.ihsan, 'Ehsanullah Ehsan', ['Liaquat Ali']),
    held(A.ihsanSpokes, ttp, 'spokesperson', '2014-03'),
  ]);
  await append(P.ihsan, [
    affiliationEnded(A.ihsanSpokes, '2014-12', 'defected', iskp),
    held(A.ihsanIskp, iskp, 'member', '2015'),
  ]);
  // A rival claimant to the leadership in 2015-03..2015-05, and a wrongly recorded one (withdrawn).
  await append(P.rival, [
    registered(P.rival, 'Khan Said Sajna', []),
    held(A.rivalLeader, ttp, 'leader', '2015-03', '2015-05'),
    held(A.rivalWrong, ttp, 'leader', '2015-06-01'),
    affiliationWithdrawn(A.rivalWrong, 'another person'),
  ]);
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('GET /v1/groups/{id}/leadership', () => {
  it('the demo case: a leader from 2015-01 to 2016-08 (killed) leads on 2015-06-01, not on 2017-06-01', async () => {
    const on = await read(`/v1/groups/${ttp}/leadership?at=2015-06-01`);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ groupId: ttp, groupName: 'Tehreek-e-Taliban Pakistan', at: '2015-06-01' });
    expect(on.body.items).toEqual([
      {
        personId: P.mehsud,
        name: 'Hakimullah Mehsud',
        role: 'leader',
        validFrom: '2015-01',
        validTo: '2016-08',
        endReason: 'killed',
        affiliationId: A.mehsudLeader,
        certain: true,
        overlapsWith: [],
        contested: false,
      },
    ]);
    const after = await read(`/v1/groups/${ttp}/leadership?at=2017-06-01`);
    expect(after.status).toBe(200);
    expect(after.body.items.map((i: any) => i.personId)).toEqual([P.noor]);
    expect(after.body.items.map((i: any) => i.personId)).not.toContain(P.mehsud);
  });

  it('overlapping holders of a role are all listed, each naming the other, and marked contested', async () => {
    const res = await read(`/v1/groups/TTP/leadership?at=2015-04-15`);
    expect(res.status).toBe(200);
    const leaders = res.body.items.filter((i: any) => i.role === 'leader');
    expect(leaders.map((i: any) => i.personId).sort()).toEqual([P.mehsud, P.rival].sort());
    const mehsud = leaders.find((i: any) => i.personId === P.mehsud);
    expect(mehsud.contested).toBe(true);
    expect(mehsud.overlapsWith).toEqual([{ personId: P.rival, name: 'Khan Said Sajna', affiliationId: A.rivalLeader }]);
    expect(leaders.find((i: any) => i.personId === P.rival).overlapsWith.map((o: any) => o.personId)).toEqual([
      P.mehsud,
    ]);
    // Spokespersons in 2014-06: both, contested; the member role is not leadership.
    const spokes = await read(`/v1/groups/${ttp}/leadership?at=2014-06-10`);
    expect(spokes.body.items.map((i: any) => [i.personId, i.role, i.contested])).toEqual([
      [P.khan, 'spokesperson', true],
      [P.ihsan, 'spokesperson', true],
    ]);
  });

  it(
    'a successor within the period asked is listed but not ' +
      'contested (their spans do not meet); withdrawn ones never',
    async () => {
      const year = await read(`/v1/groups/Pakistani%20Taliban/leadership?at=2016`);
      expect(year.status).toBe(200);
      expect(year.body.at).toBe('2016');
      expect(year.body.items.map((i: any) => [i.personId, i.contested, i.certain])).toEqual([
        [P.mehsud, false, false],
        [P.noor, false, false],
      ]);
      const june = await read(`/v1/groups/${ttp}/leadership?at=2015-06`);
      expect(june.body.items.map((i: any) => i.affiliationId)).not.toContain(A.rivalWrong);
    },
  );

  it('partial dates: on a day inside the month it ended, the leader is listed as not certain', async () => {
    const res = await read(`/v1/groups/${ttp}/leadership?at=2016-08-15`);
    expect(res.body.items.map((i: any) => [i.personId, i.certain])).toEqual([[P.mehsud, false]]);
  });

  it('defaults to today (UTC): the open-ended leader', async () => {
    const res = await read(`/v1/groups/tehreek-e-taliban%20pakistan/leadership`);
    expect(res.status).toBe(200);
    expect(res.body.at).toBe(new Date().toISOString().slice(0, 10));
    expect(res.body.items.map((i: any) => i.personId)).toEqual([P.noor]);
  });

  it('404 for an unknown group (id or name), 400 naming at for a bad date, 401 without a key', async () => {
    const unknown = await read(`/v1/groups/${randomUUID()}/leadership`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await read(`/v1/groups/No%20Such%20Group/leadership`)).status).toBe(404);
    const bad = await read(`/v1/groups/${ttp}/leadership?at=2015-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.path)).toContain('at');
    expect((await get(`/v1/groups/${ttp}/leadership`, null)).status).toBe(401);
  });
});

describe('GET /v1/persons', () => {
  it('lists persons by name; q matches names and aliases case-insensitively', async () => {
    const all = await read('/v1/persons');
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: any) => i.name)).toEqual([
      'Ehsanullah Ehsan',
      'Hakimullah Mehsud',
      'Khan Said Sajna',
      'Noor Wali Mehsud',
      'Shahidullah Shahid',
    ]);
    expect(all.body.nextCursor).toBeNull();
    const byAlias = await read('/v1/persons?q=JAMSHED');
    expect(byAlias.body.items.map((i: any) => i.id)).toEqual([P.mehsud]);
    expect(byAlias.body.items[0]).toMatchObject({ aliases: ['Jamshed'], summary: 'TTP emir', status: 'killed' });
    expect(byAlias.body.items[0].affiliations).toEqual([
      {
        id: A.mehsudLeader,
        groupId: ttp,
        groupName: 'Tehreek-e-Taliban Pakistan',
        role: 'leader',
        validFrom: '2015-01',
        validTo: '2016-08',
        endReason: 'killed',
      },
    ]);
    expect((await read('/v1/persons?q=mehsud')).body.items.map((i: any) => i.id)).toEqual([P.mehsud, P.noor]);
  });

  it('group (by id, name or alias), role and at filter on standing affiliations valid on that date', async () => {
    const ids = async (query: string) => (await read(`/v1/persons?${query}`)).body.items.map((i: any) => i.id);
    expect(await ids('group=ISKP')).toEqual([P.ihsan]);
    expect(await ids(`group=${ttp}&role=leader`)).toEqual([P.mehsud, P.rival, P.noor]);
    expect(await ids(`group=TTP&role=leader&at=2015-06-01`)).toEqual([P.mehsud]);
    expect(await ids(`group=TTP&role=leader&at=2017`)).toEqual([P.noor]);
    expect(await ids(`role=spokesperson&at=2014-11`)).toEqual([P.ihsan]);
    expect(await ids(`group=No%20Such%20Group`)).toEqual([]);
  });

  it('pages by name with an opaque cursor', async () => {
    const first = await read('/v1/persons?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await read(`/v1/persons?limit=2&cursor=${first.body.nextCursor}`);
    const third = await read(`/v1/persons?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items, ...third.body.items].map((i: any) => i.name)).toEqual(
      (await read('/v1/persons')).body.items.map((i: any) => i.name),
    );
  });

  it('400 naming the field for a bad role, date, cursor or limit; 401 without a key', async () => {
    for (const [query, field] of [
      ['role=emir', 'role'],
      ['at=yesterday', 'at'],
      ['cursor=nope', 'cursor'],
      ['limit=501', 'limit'],
      ['colour=red', 'colour'],
    ]) {
      const res = await get(`/v1/persons?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
    expect((await get('/v1/persons', null)).status).toBe(401);
  });
});

describe('GET /v1/persons/{id}', () => {
  it('the person with status, status history and affiliations, names beside every id', async () => {
    const res = await read(`/v1/persons/${P.ihsan}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: P.ihsan,
      name: 'Ehsanullah Ehsan',
      aliases: [{ alias: 'Liaquat Ali', validFrom: null, validTo: null }],
      status: null,
      statusHistory: [],
      version: 4,
    });
    expect(res.body.affiliations).toEqual([
      expect.objectContaining({
        id: A.ihsanSpokes,
        groupName: 'Tehreek-e-Taliban Pakistan',
        endReason: 'defected',
        toGroupId: iskp,
        toGroupName: 'Islamic State Khorasan Province',
        withdrawn: false,
      }),
      expect.objectContaining({ id: A.ihsanIskp, groupId: iskp, groupName: 'Islamic State Khorasan Province' }),
    ]);
    const mehsud = (await read(`/v1/persons/${P.mehsud}`)).body;
    expect(mehsud).toMatchObject({ status: 'killed', statusAt: '2016-08-01' });
    expect(mehsud.statusHistory).toEqual([
      expect.objectContaining({ status: 'killed', at: '2016-08-01', announcedAt: '2018-01', concealed: true }),
    ]);
    expect(mehsud.affiliations[0]).toMatchObject({ sourceId: dawn, sourceName: 'Dawn', confidence: 80 });
    const rival = (await read(`/v1/persons/${P.rival}`)).body;
    expect(rival.affiliations.find((a: any) => a.id === A.rivalWrong)).toMatchObject({
      withdrawn: true,
      withdrawnReason: 'another person',
    });
  });

  it('?asOfPosition= and ?asOf= fold the stream to that point; 404 before the person existed', async () => {
    const events = await store.readStream(personStreamId(P.mehsud));
    const before = await read(`/v1/persons/${P.mehsud}?asOfPosition=${events[1].position}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ version: 2, status: null, asOfPosition: events[1].position, asOf: null });
    expect(before.body.affiliations[0]).toMatchObject({ validTo: null, endReason: null });
    const byTime = await read(`/v1/persons/${P.mehsud}?asOf=${events[1].recordedAt.toISOString()}`);
    expect(byTime.body).toMatchObject({ version: 2, asOf: events[1].recordedAt.toISOString(), asOfPosition: null });
    const none = await read(`/v1/persons/${P.mehsud}?asOfPosition=${events[0].position - 1}`);
    expect(none.status).toBe(404);
    const both = await read(`/v1/persons/${P.mehsud}?asOf=2020-01-01&asOfPosition=3`);
    expect(both.status).toBe(400);
  });

  it('404 for an unknown person, 400 for a malformed id, 401 without a key', async () => {
    const res = await read(`/v1/persons/${randomUUID()}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await get('/v1/persons/not-a-uuid')).status).toBe(400);
    expect((await get(`/v1/persons/${P.mehsud}`, null)).status).toBe(401);
  });
});

describe('GET /v1/persons/{id}/history', () => {
  it('every event oldest first, with type, version, actor, recordedAt and position', async () => {
    const res = await read(`/v1/persons/${P.mehsud}/history`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: any) => [e.type, e.version])).toEqual([
      ['PersonRegistered', 1],
      ['PersonAffiliationRecorded', 2],
      ['PersonAffiliationEnded', 3],
      ['PersonStatusRecorded', 4],
    ]);
    for (const e of res.body.items) {
      expect(e.actor).toMatchObject({ keyId: 'test-analyst', role: 'analyst' });
      expect(e.correlationId).toBe('persons-e2e');
      expect(new Date(e.recordedAt).toISOString()).toBe(e.recordedAt);
    }
    const positions = res.body.items.map((e: any) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(res.body.items[2].data).toMatchObject({ affiliationId: A.mehsudLeader, reason: 'killed' });
  });

  it('404 for an unknown person, 401 without a key', async () => {
    expect((await read(`/v1/persons/${randomUUID()}/history`)).status).toBe(404);
    expect((await get(`/v1/persons/${P.mehsud}/history`, null)).status).toBe(401);
  });
});
