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
    const channels = scoreIndependentSources([src('1', 'Umar Media', 'E', 'group_channel'), src('2', 'Amaq', 'E', 'group_channel')]);
    expect(channels.details?.outlets).toHaveLength(1);
  });
});

describe('competing claims', () => {
  it('is clear with one claimant and conflicting with another active claimant', () => {
    expect(scoreCompetingClaims('a', ['a'])).toMatchObject({ score: 100, conflict: false });
    expect(scoreCompetingClaims('a', ['a', 'b'], new Map([['b', 'ISKP']]))).toMatchObject({ score: 40, conflict: true, reasons: [expect.stringMatching(/ISKP/)] });
    expect(scoreCompetingClaims('a', ['a', 'b', 'c']).score).toBe(25);
  });
});

describe('group relations', () => {
  const tjpFrontOfTtp = { relation: 'suspected_front_of', otherGroupId: 'ttp', validFrom: '2023-02', validTo: null, withdrawn: false };

  it('validity covers partial dates inclusively', () => {
    expect(validAt({ validFrom: '2023-02', validTo: null }, '2023-02-01T00:00:00Z')).toBe(true);
    expect(validAt({ validFrom: '2023-02', validTo: null }, '2023-01-31')).toBe(false);
    expect(validAt({ validFrom: null, validTo: '2020' }, '2020-12-31')).toBe(true);
    expect(validAt({ validFrom: null, validTo: '2020' }, '2021-01-01')).toBe(false);
  });

  it('a front claiming an attack attributed to its patron is conflicting', () => {
    const r = scoreGroupRelations({ claimantId: 'tjp', incidentDate: '2023-12-12', relations: [tjpFrontOfTtp], attributedGroupIds: ['ttp'] });
    expect(r.conflict).toBe(true);
    expect(r.score).toBe(30);
    expect(r.reasons.join(' ')).toMatch(/suspected front of ttp.*contradicts the analyst attribution to ttp \(the claimant is related to ttp\)/);
  });

  it('a relation outside its validity, or withdrawn, does not count', () => {
    expect(scoreGroupRelations({ claimantId: 'tjp', incidentDate: '2022-06-01', relations: [tjpFrontOfTtp], attributedGroupIds: [] }).score).toBe(100);
    expect(scoreGroupRelations({ claimantId: 'tjp', incidentDate: '2023-06-01', relations: [{ ...tjpFrontOfTtp, withdrawn: true }], attributedGroupIds: [] }).score).toBe(100);
  });

  it('an attribution to the claimant itself agrees', () => {
    expect(scoreGroupRelations({ claimantId: 'iskp', incidentDate: '2023-07-30', relations: [], attributedGroupIds: ['iskp'] })).toMatchObject({ conflict: false, score: 100 });
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
    expect(combineChecks([ok, { check: 'claimant-history', score: 100, conflict: false, reasons: [] }]).verdict).toBe('corroborated');
    expect(combineChecks([{ ...ok, score: 10 }, { check: 'claimant-history', score: 50, conflict: false, reasons: [] }]).verdict).toBe('weak');
    const c = combineChecks([ok, { check: 'competing-claims', score: 40, conflict: true, reasons: ['competing'] }]);
    expect(c).toMatchObject({ verdict: 'conflicting', reasons: ['competing'] });
  });
});
