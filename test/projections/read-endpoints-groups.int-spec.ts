// The group, source and audit read endpoints of docs/API.md ("Reads"): group search and detail, sources,
// the group ledger, retractions and claim/attribution mismatches, on the scenario of support/read-scenario.ts.
import { describe, expect, it } from '@jest/globals';
import {
  attributions,
  claims,
  denials,
  expectedLedger,
  G,
  get,
  hours,
  I,
  median,
  NAMES,
  pages,
  read,
  relationIds,
  S,
  sorted,
  useReadScenario,
} from './support/read-scenario.js';

useReadScenario('proj_reads_groups');

describe('groups and sources', () => {
  it('GET /v1/groups?q= is a case-insensitive substring of a name or alias; pages do not overlap', async () => {
    const names = async (q: string) => (await read(`/v1/groups?q=${q}`)).items.map((g: any) => g.name);
    expect(sorted(await names('taliban'))).toEqual(sorted([NAMES.ttp, NAMES.taliban]));
    expect(await names('tjp')).toEqual([NAMES.tjp]);
    expect(await names('is-k')).toEqual([NAMES.iskp]);
    expect(await names('PAKISTANI')).toEqual([NAMES.ttp]);
    expect(await names('emirate')).toEqual([NAMES.taliban]);
    expect(await names('nobody')).toEqual([]);
    // LIKE wildcards in q are plain characters.
    expect(await names('%25')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect(await names('e-t')).toEqual([NAMES.ttp]);
    const one = (await read('/v1/groups?q=TTP')).items;
    expect(one).toEqual([{ id: G.ttp, name: NAMES.ttp, aliases: ['TTP', 'Pakistani Taliban'], kind: 'militant' }]);
    const p = await pages('/v1/groups?limit=3');
    expect(p.length).toBe(2);
    expect(sorted(p.flat())).toEqual(sorted(Object.values(G)));
  });

  it('GET /v1/groups/{id} gives aliases and relations, current and past, with validity dates', async () => {
    const ttp = await read(`/v1/groups/${G.ttp}`);
    expect(ttp).toMatchObject({ id: G.ttp, name: NAMES.ttp, kind: 'militant' });
    expect(ttp.aliases).toEqual([
      { alias: 'TTP', validFrom: null, validTo: null },
      { alias: 'Pakistani Taliban', validFrom: '2014', validTo: null },
    ]);
    const tjp = await read(`/v1/groups/${G.tjp}`);
    expect(tjp.relations).toEqual([
      expect.objectContaining({
        id: relationIds.front,
        relation: 'suspected_front_of',
        otherGroupId: G.ttp,
        otherGroupName: NAMES.ttp,
        validFrom: '2020',
        validTo: null,
        sourceId: S.diary,
        confidence: 40,
        withdrawn: false,
      }),
      expect.objectContaining({
        id: relationIds.rival,
        relation: 'rival_of',
        otherGroupId: G.iskp,
        otherGroupName: NAMES.iskp,
        validFrom: '2021-06',
        validTo: '2022',
        withdrawn: true,
        withdrawnReason: 'single unreliable report',
      }),
    ]);
    expect((await get('/v1/groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('GET /v1/sources lists sources with their current reliability, in pages', async () => {
    const body = await read('/v1/sources?limit=500');
    expect(body.items.map((s: any) => [s.name, s.kind, s.reliability])).toEqual([
      ['Dawn', 'news', 'D'],
      ['Khorasan Diary', 'analyst', 'C'],
      ['Umar Media', 'group_channel', 'F'],
    ]);
    expect(body.items[0].id).toBe(S.dawn);
    const p = await pages('/v1/sources?limit=2');
    expect(p.map((x) => x.length)).toEqual([2, 1]);
    expect(sorted(p.flat())).toEqual(sorted(Object.values(S)));
  });
});

describe('audits', () => {
  it(
    'GET /v1/groups/{id}/ledger counts by month, ' + 'with the retraction rate and median hours to retraction',
    async () => {
      const ttp = await read(`/v1/groups/${G.ttp}/ledger`);
      const want = expectedLedger(G.ttp);
      // Sanity of the scenario itself: 6 claims, 4 retracted after 20, 50, 100 and 6 hours.
      expect(want.totals).toEqual({ claims: 6, retractions: 4, denials: 1, attributions: 2 });
      expect(want.medianHoursToRetraction).toBe(35);
      expect(ttp).toMatchObject(want);
      expect(ttp.retractionRate).toBeCloseTo(4 / 6, 10);

      const ranged = await read(`/v1/groups/${G.ttp}/ledger?from=2023-01-01&to=2023-06-30`);
      const wantRanged = expectedLedger(G.ttp, '2023-01-01T00:00:00Z', '2023-06-30T00:00:00Z');
      expect(wantRanged.totals).toEqual({ claims: 3, retractions: 2, denials: 1, attributions: 2 });
      expect(ranged).toMatchObject(wantRanged);

      // A year-only incident's attribution counts in a YYYY row.
      const iskp = await read(`/v1/groups/${G.iskp}/ledger`);
      expect(iskp).toMatchObject(expectedLedger(G.iskp));
      expect(iskp.byMonth).toContainEqual({ month: '2021', claims: 0, retractions: 0, denials: 0, attributions: 1 });
      expect(iskp.retractionRate).toBe(0);
      expect(iskp.medianHoursToRetraction).toBeNull();

      // A year-only incident corrected to a month counts in that month.
      expect(iskp.byMonth).toContainEqual({ month: '2020-11', claims: 0, retractions: 0, denials: 0, attributions: 1 });
      expect(iskp.byMonth.map((r: any) => r.month)).not.toContain('2020');

      const tjp = await read(`/v1/groups/${G.tjp}/ledger`);
      expect(tjp).toMatchObject(expectedLedger(G.tjp));
      expect(tjp.byMonth).toContainEqual({ month: '2023-04', claims: 1, retractions: 0, denials: 0, attributions: 0 });

      const taliban = await read(`/v1/groups/${G.taliban}/ledger`);
      expect(taliban).toMatchObject({
        totals: { claims: 0, retractions: 0, denials: 1 },
        retractionRate: null,
        medianHoursToRetraction: null,
      });
      expect((await get('/v1/groups/00000000-0000-4000-8000-000000000000/ledger')).status).toBe(404);
    },
  );

  it(
    'GET /v1/retractions lists retracted claims with ' + 'hours to retraction, filtered by group and retractedAt',
    async () => {
      const all = await read('/v1/retractions?limit=500');
      const expected = claims
        .filter((c) => c.retractedAt)
        .map((c) => ({
          id: c.retractionId,
          claimId: c.id,
          incidentId: c.incident,
          groupId: c.group,
          groupName: NAMES.ttp,
          claimedAt: c.claimedAt,
          claimedAtUnknown: false,
          retractedAt: c.retractedAt,
          hoursToRetraction: hours(c.claimedAt, c.retractedAt!),
          sourceId: S.dawn,
          reason: c.reason ?? null,
        }));
      const byId = (xs: any[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(all.items)).toEqual(byId(expected));
      expect(all.items.map((r: any) => r.hoursToRetraction).sort((a: number, b: number) => a - b)).toEqual([
        6, 20, 50, 100,
      ]);

      expect(byId((await read('/v1/retractions?group=TTP&limit=500')).items)).toEqual(byId(expected));
      expect((await read('/v1/retractions?group=TJP')).items).toEqual([]);
      const ranged = await read('/v1/retractions?group=Tehreek-e-Taliban%20Pakistan&from=2023-01-01&to=2023-06-30');
      expect(sorted(ranged.items.map((r: any) => r.incidentId))).toEqual(sorted([I.I1, I.I7]));
      const p = await pages('/v1/retractions?limit=1');
      expect(p.length).toBe(4);
      expect(sorted(p.flat())).toEqual(sorted(expected.map((e) => e.id!)));
    },
  );

  it(
    'GET /v1/analytics/claim-attribution-mismatches lists ' +
      'incidents whose active claimants and attributions differ',
    async () => {
      const body = await read('/v1/analytics/claim-attribution-mismatches');
      // I3: claimed by TJP, attributed to TTP. Not I9 (same group), not I7 (no active claim), not I5 (no claim).
      expect(body.items).toEqual([
        {
          incidentId: I.I3,
          claimedBy: [G.tjp],
          attributedTo: [G.ttp],
          claimedByNames: [NAMES.tjp],
          attributedToNames: [NAMES.ttp],
        },
      ]);
      expect((await read('/v1/analytics/claim-attribution-mismatches?from=2023-04-01')).items).toEqual([]);
      expect(
        (await read('/v1/analytics/claim-attribution-mismatches?from=2023-03-01&to=2023-03-31')).items.map(
          (x: any) => x.incidentId,
        ),
      ).toEqual([I.I3]);
    },
  );
});
