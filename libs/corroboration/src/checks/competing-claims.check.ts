import type { CheckResult } from './check.types.js';

/** Other groups holding active claims on the same incident contradict this one. */
export function scoreCompetingClaims(
  claimantId: string,
  activeClaimants: string[],
  names: Map<string, string> = new Map(),
): CheckResult {
  const others = [...new Set(activeClaimants.filter((g) => g !== claimantId))];
  if (!others.length)
    return { check: 'competing-claims', score: 100, conflict: false, reasons: ['no competing claim'] };
  return {
    check: 'competing-claims',
    score: Math.max(0, 40 - 15 * (others.length - 1)),
    conflict: true,
    reasons: [`competing active claim(s) by ${others.map((g) => names.get(g) ?? g).join(', ')}`],
    details: { competingGroupIds: others },
  };
}
