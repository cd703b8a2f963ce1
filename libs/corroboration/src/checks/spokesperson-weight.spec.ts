import { describe, expect, it } from '@jest/globals';
import { credibilityOf, type TrackRecordCounts } from '@app/domain';
import { scoreIndependentSources, spokespersonFactor } from './independent-sources.check.js';

const sources = [
  { id: 's1', name: 'Dawn', kind: 'news', reliability: 'B' },
  { id: 's2', name: 'The Express Tribune', kind: 'news', reliability: 'B' },
];
const record = (statements: Partial<TrackRecordCounts['statements']>): TrackRecordCounts => ({
  statements: { authentic: 0, doubtful: 0, fabricated: 0, unverified: 0, unassessed: 0, ...statements },
  claims: { total: 0, retracted: 0, rejected: 0, upheld: 0 },
});
const spokesperson = (counts: TrackRecordCounts) => ({ id: 'p1', name: 'Ehsanullah Ehsan', ...credibilityOf(counts) });

describe('independent sources weighed by the spokesperson track record', () => {
  it('given no spokesperson, when scored, then the sources alone decide and nothing is said of one', () => {
    const r = scoreIndependentSources(sources);
    expect(r.score).toBe(73);
    expect(r.reasons.join(' ')).not.toMatch(/spokesperson/);
  });

  it('given a spokesperson with nothing assessed, when scored, then the score is kept and the reason says why', () => {
    const r = scoreIndependentSources(sources, spokesperson(record({ unassessed: 3 })));
    expect(r.score).toBe(73);
    expect(r.reasons.join(' ')).toMatch(
      /spokesperson Ehsanullah Ehsan: no assessed record yet, sources' score kept \(73\)/,
    );
  });

  it('given a spokesperson with only authentic statements, when scored, then the score is kept', () => {
    const r = scoreIndependentSources(sources, spokesperson(record({ authentic: 3 })));
    expect(r.score).toBe(73);
    expect(r.reasons.join(' ')).toMatch(/credibility 0\.71, sources' score kept/);
  });

  it(
    'given a spokesperson with a fabricated and a doubtful statement, when scored, ' +
      'then the score falls and the reason gives the record',
    () => {
      const p = spokesperson(record({ fabricated: 1, doubtful: 1 }));
      // (2 + 0) / (4 + 1 + 0.5) = 0.36 → factor 0.73
      expect(p.credibility).toBeCloseTo(0.364, 3);
      const r = scoreIndependentSources(sources, p);
      expect(r.score).toBe(Math.round(73 * (0.3636 / 0.5)));
      expect(r.score).toBeLessThan(73);
      const reason = r.reasons.find((x) => x.startsWith('spokesperson'))!;
      expect(reason).toMatch(/credibility 0\.36 below 0\.5 lowers the sources' score from 73 to 53/);
      expect(reason).toMatch(/1 fabricated/);
      expect(r.details).toMatchObject({ spokesperson: { id: 'p1', name: 'Ehsanullah Ehsan' } });
    },
  );

  it('a worse record discounts more, and the factor never goes outside 0–1', () => {
    const one = spokespersonFactor(spokesperson(record({ fabricated: 1 })));
    const three = spokespersonFactor(spokesperson(record({ fabricated: 3 })));
    expect(three).toBeLessThan(one);
    expect(one).toBeLessThan(1);
    expect(spokespersonFactor({ id: 'x', name: 'x', credibility: -1, basis: '' })).toBe(0);
    expect(spokespersonFactor({ id: 'x', name: 'x', credibility: 0.9, basis: '' })).toBe(1);
    expect(spokespersonFactor(null)).toBe(1);
  });
});
