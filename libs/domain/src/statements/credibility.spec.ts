import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { credibilityOf, type TrackRecordCounts } from './credibility.js';

const none: TrackRecordCounts = {
  statements: { authentic: 0, doubtful: 0, fabricated: 0, unverified: 0, unassessed: 0 },
  claims: { total: 0, retracted: 0, rejected: 0, upheld: 0 },
};

function record(
  statements: Partial<TrackRecordCounts['statements']> = {},
  claims: Partial<TrackRecordCounts['claims']> = {},
): TrackRecordCounts {
  const c = { ...none.claims, ...claims };
  const decided = c.retracted + c.rejected + c.upheld;
  return { statements: { ...none.statements, ...statements }, claims: { ...c, total: Math.max(c.total, decided) } };
}

const score = (counts: TrackRecordCounts): number => credibilityOf(counts).credibility!;

const countsArb = fc
  .record({
    authentic: fc.nat(50),
    doubtful: fc.nat(50),
    fabricated: fc.nat(50),
    unverified: fc.nat(50),
    unassessed: fc.nat(50),
    retracted: fc.nat(50),
    rejected: fc.nat(50),
    upheld: fc.nat(50),
    undecided: fc.nat(50),
  })
  .map(({ retracted, rejected, upheld, undecided, ...statements }) =>
    record(statements, { retracted, rejected, upheld, total: retracted + rejected + upheld + undecided }),
  );

describe('credibilityOf', () => {
  it('given nothing assessed or decided, answers null and says why', () => {
    const result = credibilityOf(record({ unverified: 2, unassessed: 3 }, { total: 4 }));
    expect(result.credibility).toBeNull();
    expect(result.basis).toMatch(/2 unverified and 3 unassessed not counted/);
    expect(result.basis).toMatch(/claims: 0 decided of 4/);
    expect(result.basis).toMatch(/no estimate/);
  });

  it('one authentic statement is far from certain', () => {
    expect(score(record({ authentic: 1 }))).toBeCloseTo(0.6, 10);
    expect(score(record({ authentic: 1 }))).toBeLessThan(0.9);
  });

  it('three authentic statements score higher than a doubtful and a fabricated one', () => {
    const good = score(record({ authentic: 3 }));
    const bad = score(record({ doubtful: 1, fabricated: 1 }));
    expect(good).toBeCloseTo(5 / 7, 10);
    expect(bad).toBeCloseTo(2 / 5.5, 10);
    expect(good).toBeGreaterThan(bad);
  });

  it('explains the computation with the numbers', () => {
    const { credibility, basis } = credibilityOf(
      record({ doubtful: 1, fabricated: 2, unverified: 1 }, { total: 2, retracted: 1 }),
    );
    expect(credibility).toBeCloseTo(2 / 7.5, 10);
    expect(basis).toContain('3 assessed statements: 0 authentic, 1 doubtful, 2 fabricated');
    expect(basis).toContain('claims: 1 decided of 2 (0 upheld, 1 retracted, 0 rejected)');
    expect(basis).toContain('= 2 / 7.5 = 0.27');
    expect(basis).toMatch(/shrunk toward 0\.5 by a neutral prior worth 4 observations/);
  });

  it('upheld claims count for, retracted and rejected against, like statements', () => {
    expect(score(record({}, { upheld: 1 }))).toBeCloseTo(0.6, 10);
    expect(score(record({}, { retracted: 1 }))).toBeCloseTo(0.4, 10);
    expect(score(record({}, { rejected: 1 }))).toBeCloseTo(0.4, 10);
  });

  it('unverified and unassessed statements and undecided claims change nothing', () => {
    const base = record({ authentic: 2, fabricated: 1 }, { upheld: 1 });
    expect(score(record({ authentic: 2, fabricated: 1, unverified: 9, unassessed: 9 }, { upheld: 1, total: 20 }))).toBe(
      score(base),
    );
  });

  it('treats missing, negative or non-finite counts as zero', () => {
    const odd = record({ authentic: 1, fabricated: -3, doubtful: Number.NaN });
    expect(score(odd)).toBe(score(record({ authentic: 1 })));
  });

  describe('properties', () => {
    it('stays within [0, 1]', () => {
      fc.assert(
        fc.property(countsArb, (counts) => {
          const { credibility } = credibilityOf(counts);
          return credibility === null || (credibility >= 0 && credibility <= 1);
        }),
      );
    });

    it('more fabricated, doubtful, retracted or rejected → strictly lower', () => {
      fc.assert(
        fc.property(countsArb, fc.constantFrom('fabricated', 'doubtful', 'retracted', 'rejected'), (counts, key) => {
          const more = structuredClone(counts);
          if (key === 'fabricated' || key === 'doubtful') more.statements[key] += 1;
          else {
            more.claims[key] += 1;
            more.claims.total += 1;
          }
          const before = credibilityOf(counts).credibility ?? 0.5;
          return score(more) < before;
        }),
      );
    });

    it('more authentic or upheld → strictly higher', () => {
      fc.assert(
        fc.property(countsArb, fc.constantFrom('authentic', 'upheld'), (counts, key) => {
          const more = structuredClone(counts);
          if (key === 'authentic') more.statements.authentic += 1;
          else {
            more.claims.upheld += 1;
            more.claims.total += 1;
          }
          const before = credibilityOf(counts).credibility ?? 0.5;
          return score(more) > before;
        }),
      );
    });

    it('never reaches 0 or 1 and is null only without assessed or decided record', () => {
      fc.assert(
        fc.property(countsArb, (counts) => {
          const s = counts.statements;
          const c = counts.claims;
          const evidence = s.authentic + s.doubtful + s.fabricated + c.upheld + c.retracted + c.rejected;
          const { credibility } = credibilityOf(counts);
          return evidence === 0 ? credibility === null : credibility! > 0 && credibility! < 1;
        }),
      );
    });
  });
});
