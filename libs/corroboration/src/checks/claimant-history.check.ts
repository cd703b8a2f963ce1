import type { CheckResult } from './check.types.js';

/** The claimant's retraction rate over the 24 months before the claim. */
export function scoreClaimantHistory(history: { claims: number; retracted: number }): CheckResult {
  if (history.claims === 0)
    return {
      check: 'claimant-history',
      score: 60,
      conflict: false,
      reasons: ['no claims by this group in the previous 24 months'],
      details: { ...history, retractionRate: null },
    };
  const rate = history.retracted / history.claims;
  return {
    check: 'claimant-history',
    score: Math.round(100 * (1 - rate)),
    conflict: false,
    reasons: [
      `retracted ${history.retracted} of ${history.claims} claims in the previous 24 months ` +
        `(${Math.round(rate * 100)}%)`,
    ],
    details: { ...history, retractionRate: rate },
  };
}
