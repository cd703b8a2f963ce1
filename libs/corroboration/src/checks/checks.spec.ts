import { describe, expect, it } from '@jest/globals';
import { scoreClaimantHistory } from './claimant-history.check.js';
import { scoreCompetingClaims } from './competing-claims.check.js';
import { scoreGroupRelations, validAt } from './group-relations.check.js';
import { scoreIndependentSources } from './independent-sources.check.js';
import { combineChecks } from './verdict.js';

const src = (id: string, name: string, reliability: string, kind = 'news') => ({ id, name, kind, reliability });

describe('independent sources', () => {
  it('weights by Admiralty reliability', () => {
    expect(scoreIndependentSources([src('1', 'Dawn', 'A')]).score).toBe(60);
    expect(scoreIndependentSources([src('1', 'Dawn', 'F')]).score).toBe(6);
    expect(scoreIndependentSources([]).score).toBe(0);
  });

  it('counts more independent outlets higher, relays of one outlet once', () => {
    const two = scoreIndependentSources([src('1', 'Dawn', 'B'), src('2', 'The Express Tribune', 'B')]).score;
    expect(two).toBe(73);
    const relayed = scoreIndependentSources([src('1', 'Dawn', 'B'), src('2', 'dawn (Karachi)', 'B')]);
    expect(relayed.score).toBe(48);
    expect(relayed.reasons.join()).toMatch(/relay/);
    const channels = scoreIndependentSources([
      src('1', 'Umar Media', 'E', 'group_channel'),
      src('2', 'Amaq', 'E', 'group_channel'),
    ]);
    expect(channels.details?.outlets).toHaveLength(1);
  });
});

describe('competing claims', () => {
  it('is clear with one claimant and conflicting with another active claimant', () => {
    expect(scoreCompetingClaims('a', ['a'])).toMatchObject({ score: 100, conflict: false });
    expect(scoreCompetingClaims('a', ['a', 'b'], new Map([['b', 'ISKP']]))).toMatchObject({
      score: 40,
      conflict: true,
      reasons: [expect.stringMatching(/ISKP/)],
    });
    expect(scoreCompetingClaims('a', ['a', 'b', 'c']).score).toBe(25);
  });
});

describe('group relations', () => {
  const tjpFrontOfTtp = {
    relation: 'suspected_front_of',
    otherGroupId: 'ttp',
    validFrom: '2023-02',
    validTo: null,
    withdrawn: false,
  };

  it('validity covers partial dates inclusively', () => {
    expect(validAt({ validFrom: '2023-02', validTo: null }, '2023-02-01T00:00:00Z')).toBe(true);
    expect(validAt({ validFrom: '2023-02', validTo: null }, '2023-01-31')).toBe(false);
    expect(validAt({ validFrom: null, validTo: '2020' }, '2020-12-31')).toBe(true);
    expect(validAt({ validFrom: null, validTo: '2020' }, '2021-01-01')).toBe(false);
  });

  it('a front claiming an attack attributed to its patron is conflicting', () => {
    const r = scoreGroupRelations({
      claimantId: 'tjp',
      incidentDate: '2023-12-12',
      relations: [tjpFrontOfTtp],
      attributedGroupIds: ['ttp'],
    });
    expect(r.conflict).toBe(true);
    expect(r.score).toBe(30);
    expect(r.reasons.join(' ')).toMatch(
      /suspected front of ttp.*contradicts the analyst attribution to ttp \(the claimant is related to ttp\)/,
    );
  });

  it('a relation outside its validity, or withdrawn, does not count', () => {
    expect(
      scoreGroupRelations({
        claimantId: 'tjp',
        incidentDate: '2022-06-01',
        relations: [tjpFrontOfTtp],
        attributedGroupIds: [],
      }).score,
    ).toBe(100);
    expect(
      scoreGroupRelations({
        claimantId: 'tjp',
        incidentDate: '2023-06-01',
        relations: [{ ...tjpFrontOfTtp, withdrawn: true }],
        attributedGroupIds: [],
      }).score,
    ).toBe(100);
  });

  it('an attribution to the claimant itself agrees', () => {
    expect(
      scoreGroupRelations({
        claimantId: 'iskp',
        incidentDate: '2023-07-30',
        relations: [],
        attributedGroupIds: ['iskp'],
      }),
    ).toMatchObject({ conflict: false, score: 100 });
  });
});

describe('claimant history', () => {
  it('scores the retraction rate of the previous 24 months', () => {
    expect(scoreClaimantHistory({ claims: 4, retracted: 1 }).score).toBe(75);
    expect(scoreClaimantHistory({ claims: 0, retracted: 0 }).score).toBe(60);
  });
});

describe('verdict', () => {
  it('is conflicting on any contradiction, else corroborated from 60', () => {
    const ok = { check: 'independent-sources' as const, score: 80, conflict: false, reasons: [] };
    expect(combineChecks([ok, { check: 'claimant-history', score: 100, conflict: false, reasons: [] }]).verdict).toBe(
      'corroborated',
    );
    expect(
      combineChecks([
        { ...ok, score: 10 },
        { check: 'claimant-history', score: 50, conflict: false, reasons: [] },
      ]).verdict,
    ).toBe('weak');
    const c = combineChecks([ok, { check: 'competing-claims', score: 40, conflict: true, reasons: ['competing'] }]);
    expect(c).toMatchObject({ verdict: 'conflicting', reasons: ['competing'] });
  });

  it('gives the reasons in the same order whatever order the checks finished in', () => {
    const a = { check: 'group-relations' as const, score: 20, conflict: true, reasons: ['relation'] };
    const b = { check: 'competing-claims' as const, score: 40, conflict: true, reasons: ['competing'] };
    expect(combineChecks([a, b]).reasons).toEqual(['competing', 'relation']);
    expect(combineChecks([b, a]).reasons).toEqual(['competing', 'relation']);
  });
});

describe('edge cases of the checks', () => {
  it('independent sources: a relayed outlet counts with its best-rated record; unknown ratings weigh as F', () => {
    const relayed = scoreIndependentSources([src('1', 'Dawn', 'C'), src('2', 'DAWN', 'A')]);
    expect(relayed.score).toBe(60);
    expect(relayed.details?.outlets).toEqual(['2']);
    expect(scoreIndependentSources([src('1', 'Dawn', 'Z')]).score).toBe(6);
    expect(scoreIndependentSources([src('1', 'Dawn', 'A'), src('2', 'Reuters', 'A'), src('3', 'BBC', 'A')]).score).toBe(
      94,
    );
    expect(scoreIndependentSources([]).reasons).toEqual(['no source reports the claim']);
  });

  it('competing claims: duplicates count once, names fall back to ids, the score floors at 0', () => {
    expect(scoreCompetingClaims('a', ['a', 'b', 'b']).score).toBe(40);
    expect(scoreCompetingClaims('a', ['a', 'b']).reasons).toEqual(['competing active claim(s) by b']);
    expect(scoreCompetingClaims('a', ['a', 'b', 'c', 'd', 'e'])).toMatchObject({ score: 0, conflict: true });
    expect(scoreCompetingClaims('a', [])).toMatchObject({ score: 100, conflict: false });
  });

  it(
    'group relations: weaker ties cost less, other relations none; ' +
      'an attribution elsewhere conflicts without a relation',
    () => {
      const rel = (relation: string, other = 'p') => ({
        relation,
        otherGroupId: other,
        validFrom: null,
        validTo: null,
        withdrawn: false,
      });
      expect(
        scoreGroupRelations({
          claimantId: 'c',
          incidentDate: '2023-01-01',
          relations: [rel('pledged_to')],
          attributedGroupIds: [],
        }),
      ).toMatchObject({ score: 90, conflict: false });
      expect(
        scoreGroupRelations({
          claimantId: 'c',
          incidentDate: '2023-01-01',
          relations: [rel('faction_of')],
          attributedGroupIds: [],
        }).score,
      ).toBe(90);
      expect(
        scoreGroupRelations({
          claimantId: 'c',
          incidentDate: '2023-01-01',
          relations: [rel('rival_of')],
          attributedGroupIds: [],
        }),
      ).toMatchObject({
        score: 100,
        reasons: ['no relation or attribution contradicts the claim'],
      });
      const elsewhere = scoreGroupRelations({
        claimantId: 'c',
        incidentDate: '2023-01-01',
        relations: [],
        attributedGroupIds: ['x'],
        names: new Map([['x', 'Group X']]),
      });
      expect(elsewhere).toMatchObject({
        score: 60,
        conflict: true,
        reasons: ['claim contradicts the analyst attribution to Group X'],
      });
      // Attributed to the claimant among others: the claim agrees with an analyst.
      expect(
        scoreGroupRelations({ claimantId: 'c', incidentDate: null, relations: [], attributedGroupIds: ['x', 'c'] })
          .conflict,
      ).toBe(false);
      const floor = scoreGroupRelations({
        claimantId: 'c',
        incidentDate: null,
        relations: [rel('suspected_front_of', 'p'), rel('suspected_front_of', 'q')],
        attributedGroupIds: ['p'],
      });
      expect(floor).toMatchObject({ score: 0, conflict: true });
    },
  );

  it('validity: month ends are inclusive, an unknown incident date matches', () => {
    expect(validAt({ validFrom: null, validTo: '2023-02' }, '2023-02-28')).toBe(true);
    expect(validAt({ validFrom: null, validTo: '2023-02' }, '2023-03-01')).toBe(false);
    expect(validAt({ validFrom: '2023-02-15', validTo: '2023-02-20' }, '2023-02-20T23:59:00Z')).toBe(true);
    expect(validAt({ validFrom: '2023-02-15', validTo: null }, null)).toBe(true);
  });

  it('claimant history: every claim retracted scores 0; rates round', () => {
    expect(scoreClaimantHistory({ claims: 3, retracted: 3 }).score).toBe(0);
    const third = scoreClaimantHistory({ claims: 3, retracted: 1 });
    expect(third.score).toBe(67);
    expect(third.reasons[0]).toMatch(/retracted 1 of 3 claims .*\(33%\)/);
  });

  it('verdict: weights are normalised over the checks present; 60 is corroborated, 59 weak; no checks is weak', () => {
    const r = (
      check: 'independent-sources' | 'claimant-history' | 'competing-claims' | 'group-relations',
      score: number,
    ) => ({ check, score, conflict: false, reasons: [] });
    expect(combineChecks([r('independent-sources', 80)])).toMatchObject({ score: 80, verdict: 'corroborated' });
    expect(combineChecks([r('independent-sources', 60), r('claimant-history', 60)]).verdict).toBe('corroborated');
    expect(combineChecks([r('independent-sources', 59), r('claimant-history', 59)]).verdict).toBe('weak');
    // The demo's TJP claim: 0.5·60 + 0.2·60 + 0.15·100 + 0.15·30 = 61.5 → 62, conflicting.
    expect(
      combineChecks([
        r('independent-sources', 60),
        r('claimant-history', 60),
        r('competing-claims', 100),
        { ...r('group-relations', 30), conflict: true, reasons: ['front'] },
      ]),
    ).toEqual({ score: 62, verdict: 'conflicting', reasons: ['front'] });
    expect(combineChecks([])).toEqual({ score: 0, verdict: 'weak', reasons: [] });
  });
});
