// The incident read endpoints of docs/API.md ("Reads"): one incident's picture, as of a time or a
// position, its history, and the filtered, paged list, on the scenario of support/read-scenario.ts.
import { describe, expect, it } from '@jest/globals';
import {
  attributions,
  claims,
  denials,
  fillers,
  G,
  get,
  I,
  NAMES,
  pages,
  read,
  S,
  sorted,
  useReadScenario,
} from './support/read-scenario.js';

useReadScenario('proj_reads_incidents');

describe('GET /v1/incidents/{id}', () => {
  it(
    'gives the attribution picture: claims with status and group name, ' +
      'denials, attributions, status, competingClaims, version, position',
    async () => {
      const [ttpClaim, tjpClaim] = claims.filter((c) => c.incident === I.I6);
      const body = await read(`/v1/incidents/${I.I6}`);
      expect(body).toMatchObject({
        id: I.I6,
        status: 'claimed',
        competingClaims: true,
        version: 4,
        position: expect.any(Number),
        location: { country: 'PK' },
        occurredAt: { value: '2023-07-12', precision: 'day' },
        type: 'bombing',
        denials: [],
        attributions: [],
      });
      expect(body.claims).toEqual([
        expect.objectContaining({
          id: ttpClaim.id,
          groupId: G.ttp,
          groupName: NAMES.ttp,
          status: 'retracted',
          assessment: null,
          claimedAt: '2023-07-12T10:00:00.000Z',
          retractedAt: '2023-07-14T12:00:00.000Z',
          sourceIds: [S.umar],
        }),
        expect.objectContaining({
          id: tjpClaim.id,
          groupId: G.tjp,
          groupName: NAMES.tjp,
          status: 'active',
          assessment: null,
          claimedAt: '2023-07-12T20:00:00.000Z',
          retractedAt: null,
          sourceIds: [S.umar],
        }),
      ]);
      const history = await read(`/v1/incidents/${I.I6}/history`);
      expect(body.position).toBe(history.items[3].position);
    },
  );

  it('names denials and attributions with their groups; withdrawn attributions stay, flagged', async () => {
    const i7 = await read(`/v1/incidents/${I.I7}`);
    expect(i7).toMatchObject({ status: 'attributed', competingClaims: false, version: 5 });
    expect(i7.claims).toEqual([
      expect.objectContaining({
        groupId: G.ttp,
        groupName: NAMES.ttp,
        status: 'retracted',
        retractedAt: '2023-05-24T19:00:00.000Z',
      }),
    ]);
    expect(i7.denials).toEqual([
      expect.objectContaining({
        id: denials.find((d) => d.incident === I.I7)!.id,
        groupId: G.ttp,
        groupName: NAMES.ttp,
        deniedAt: '2023-05-25T10:00:00.000Z',
      }),
    ]);
    expect(i7.attributions).toEqual([
      expect.objectContaining({
        groupId: G.ttp,
        groupName: NAMES.ttp,
        confidence: 60,
        basis: 'security sources',
        withdrawn: false,
      }),
    ]);

    const i5 = await read(`/v1/incidents/${I.I5}`);
    expect(i5).toMatchObject({
      status: 'attributed',
      competingClaims: false,
      claims: [],
      occurredAt: { value: '2021', precision: 'year' },
    });
    expect(i5.attributions).toEqual([
      expect.objectContaining({ groupId: G.iskp, groupName: NAMES.iskp, confidence: 30, withdrawn: false }),
      expect.objectContaining({ groupId: G.taliban, groupName: NAMES.taliban, confidence: 50, withdrawn: true }),
    ]);
    const i4 = await read(`/v1/incidents/${I.I4}`);
    expect(i4).toMatchObject({ status: 'claimed', competingClaims: false, location: { country: 'AF' } });
    expect(i4.denials).toEqual([
      expect.objectContaining({ groupId: G.taliban, groupName: NAMES.taliban, deniedAt: '2022-08-11T09:00:00.000Z' }),
    ]);
  });

  it('derives status (first that applies) and competingClaims for every incident', async () => {
    const expected: Record<string, [string, boolean]> = {
      I1: ['retracted', false],
      I2: ['contested', true],
      I3: ['attributed', false],
      I4: ['claimed', false],
      I5: ['attributed', false],
      I6: ['claimed', true],
      I7: ['attributed', false],
      I8: ['claimed', false],
      I9: ['attributed', false],
      I10: ['attributed', false],
      F0: ['unclaimed', false],
    };
    const got: Record<string, [string, boolean]> = {};
    for (const key of Object.keys(expected)) {
      const b = await read(`/v1/incidents/${I[key]}`);
      got[key] = [b.status, b.competingClaims];
    }
    expect(got).toEqual(expected);
  });

  it(
    'as of a time before the incident was recorded is 404; ' +
      'as of a later time is the current picture; as of a position is the picture then',
    async () => {
      const history = await read(`/v1/incidents/${I.I1}/history`);
      const reportedAt = history.items[0].recordedAt;
      expect((await get(`/v1/incidents/${I.I1}?asOf=2000-01-01`)).status).toBe(404);
      const before = await get(`/v1/incidents/${I.I1}?asOf=${new Date(Date.parse(reportedAt) - 1).toISOString()}`);
      expect(before.status).toBe(404);
      expect(before.headers['content-type']).toMatch(/^application\/problem\+json/);

      const live = await read(`/v1/incidents/${I.I1}`);
      const future = await read(`/v1/incidents/${I.I1}?asOf=2999-01-01T00:00:00Z`);
      const { asOf, asOfPosition, ...rest } = future;
      expect(asOf).toBe('2999-01-01T00:00:00.000Z');
      expect(asOfPosition).toBeNull();
      expect(rest).toEqual(live);

      // Between the claim and its retraction, by position and by time.
      const claimed = history.items[1];
      const byPosition = await read(`/v1/incidents/${I.I1}?asOfPosition=${claimed.position}`);
      expect(byPosition).toMatchObject({
        status: 'claimed',
        version: 2,
        position: claimed.position,
        asOfPosition: claimed.position,
      });
      expect(byPosition.claims).toEqual([
        expect.objectContaining({ status: 'active', retractedAt: null, groupName: NAMES.ttp }),
      ]);
      const byTime = await read(`/v1/incidents/${I.I1}?asOf=${claimed.recordedAt}`);
      const { asOf: _a, asOfPosition: _p, ...atTime } = byTime;
      const { asOf: _b, asOfPosition: _q, ...atPosition } = byPosition;
      expect(atTime).toEqual(atPosition);
    },
  );

  it('an unknown incident is 404', async () => {
    const res = await get('/v1/incidents/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.status).toBe(404);
  });
});

describe('GET /v1/incidents/{id}/history', () => {
  it('lists every event of the incident, oldest first, with type, recordedAt, actor, position and data', async () => {
    const body = await read(`/v1/incidents/${I.I6}/history`);
    expect(body.items.map((e: any) => e.type)).toEqual([
      'IncidentReported',
      'ClaimRecorded',
      'ClaimRecorded',
      'ClaimRetracted',
    ]);
    const positions = body.items.map((e: any) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const times = body.items.map((e: any) => Date.parse(e.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const e of body.items) {
      expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(e.actor).toEqual(expect.objectContaining({ role: 'reporter', keyId: expect.any(String) }));
    }
    const [ttpClaim, tjpClaim] = claims.filter((c) => c.incident === I.I6);
    expect(body.items[1].data).toMatchObject({
      claimId: ttpClaim.id,
      groupId: G.ttp,
      claimedAt: '2023-07-12T10:00:00.000Z',
      competingGroupIds: [],
    });
    expect(body.items[2].data).toMatchObject({ claimId: tjpClaim.id, groupId: G.tjp, competingGroupIds: [G.ttp] });
    expect(body.items[3].data).toMatchObject({
      claimId: ttpClaim.id,
      retractionId: ttpClaim.retractionId,
      retractedAt: '2023-07-14T12:00:00.000Z',
      reason: null,
    });
  });
});

describe('GET /v1/incidents (list)', () => {
  const TTP_INCIDENTS = () => [I.I1, I.I2, I.I3, I.I6, I.I7, I.I8];

  it(
    'filters by group (id, name or alias), matching claims and attributions; ' +
      'cursor pages do not overlap and find every item',
    async () => {
      for (const ref of ['TTP', encodeURIComponent(NAMES.ttp), G.ttp, 'pakistani%20taliban']) {
        const p = await pages(`/v1/incidents?group=${ref}&limit=2`);
        expect(p.length).toBe(3);
        for (const page of p) expect(page.length).toBeLessThanOrEqual(2);
        const all = p.flat();
        expect(new Set(all).size).toBe(all.length);
        expect(sorted(all)).toEqual(sorted(TTP_INCIDENTS()));
      }
      expect((await read('/v1/incidents?group=No%20Such%20Group')).items).toEqual([]);
    },
  );

  it('filters by status, country, competing, and occurredAt overlapping from/to', async () => {
    const ids = async (q: string) => sorted((await pages(`/v1/incidents?${q}&limit=3`)).flat());
    expect(await ids('status=contested')).toEqual([I.I2]);
    expect(await ids('status=retracted')).toEqual([I.I1]);
    expect(await ids('status=claimed')).toEqual(sorted([I.I4, I.I6, I.I8]));
    expect(await ids('status=attributed')).toEqual(sorted([I.I3, I.I5, I.I7, I.I9, I.I10]));
    expect(await ids('status=unclaimed')).toEqual(sorted(fillers));
    expect(await ids('group=TTP&status=claimed')).toEqual(sorted([I.I6, I.I8]));
    expect(await ids('country=AF')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('country=Afghanistan')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('country=PK&competing=true')).toEqual(sorted([I.I2, I.I6]));
    expect(await ids('competing=false&country=AF')).toEqual(sorted([I.I4, I.I9]));
    expect(await ids('from=2023-01-01&to=2023-03-31')).toEqual(sorted([I.I1, I.I2, I.I3]));
    // A month-precision incident overlaps a range inside its month; a year-precision one any range in its year.
    expect(await ids('from=2023-03-15&to=2023-03-20')).toEqual([I.I3]);
    expect(await ids('from=2021-06-01&to=2021-06-30T23:59:59Z')).toEqual([I.I5]);
    expect(await ids('from=2020-11-15&to=2020-11-16')).toEqual([I.I10]);
    expect(await ids('from=2020-03-01&to=2020-03-31')).toEqual([]);
    expect(await ids('status=unclaimed&from=2019-02-10&to=2019-02-10T23:59:59.999Z')).toEqual(
      sorted(fillers.filter((_, i) => i % 3 === 1)),
    );
    expect(await ids('group=TTP&country=PK&from=2023-01-01&to=2023-12-31&competing=true')).toEqual(
      sorted([I.I2, I.I6]),
    );
    expect(await ids('group=TTP&status=contested&country=PK&from=2023-01-01&to=2023-12-31&competing=true')).toEqual([
      I.I2,
    ]);
    const everything = (await pages('/v1/incidents?limit=4')).flat();
    expect(new Set(everything).size).toBe(everything.length);
    expect(sorted(everything)).toEqual(sorted(Object.values(I)));
  });

  it('items are the same pictures GET /v1/incidents/{id} gives', async () => {
    const body = await read(`/v1/incidents?group=TJP&competing=true&limit=500`);
    expect(sorted(body.items.map((x: any) => x.id))).toEqual(sorted([I.I2, I.I6]));
    expect(body.nextCursor).toBeNull();
    for (const item of body.items) expect(item).toEqual(await read(`/v1/incidents/${item.id}`));
  });

  it('rejects a limit above 500 and a bad status, naming the parameter', async () => {
    const big = await get('/v1/incidents?limit=501');
    expect(big.status).toBeGreaterThanOrEqual(400);
    expect(big.status).toBeLessThan(500);
    expect(JSON.stringify(big.body.errors)).toContain('limit');
    const bad = await get('/v1/incidents?status=sort_of');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(JSON.stringify(bad.body.errors)).toContain('status');
  });
});
