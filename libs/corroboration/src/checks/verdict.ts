import type { CorroborationVerdict } from '@app/domain';
import type { CheckName } from '@app/config';
import type { CheckResult } from './check.types.js';

export const CHECK_WEIGHTS: Record<CheckName, number> = {
  'independent-sources': 0.5,
  'claimant-history': 0.2,
  'competing-claims': 0.15,
  'group-relations': 0.15,
};

/** Weighted score; any contradiction makes it conflicting, otherwise corroborated from 60 up. */
export function combineChecks(results: CheckResult[]): {
  score: number;
  verdict: CorroborationVerdict;
  reasons: string[];
} {
  const total = results.reduce((w, r) => w + CHECK_WEIGHTS[r.check], 0) || 1;
  const score = Math.round(results.reduce((s, r) => s + r.score * CHECK_WEIGHTS[r.check], 0) / total);
  // Children finish in any order; the recorded reasons must not depend on it.
  const conflicts = results.filter((r) => r.conflict).sort((a, b) => a.check.localeCompare(b.check));
  const verdict: CorroborationVerdict = conflicts.length ? 'conflicting' : score >= 60 ? 'corroborated' : 'weak';
  return { score, verdict, reasons: conflicts.flatMap((r) => r.reasons) };
}
