import type { CheckResult, SourceInfo } from './check.types.js';

/** Admiralty reliability A (completely reliable) … F (cannot be judged) as a weight. */
export const RELIABILITY_WEIGHT: Record<string, number> = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.1 };

/** Outlets, not source records: a group's own channels relay one voice; same-named sources are one outlet. */
export function outletKey(s: SourceInfo): string {
  if (s.kind === 'group_channel') return 'group_channel';
  return s.name
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Independent sources reporting the claim, weighted by reliability: each outlet counts once
 * (its best-rated record), and scores combine as independent confirmations.
 */
export function scoreIndependentSources(sources: SourceInfo[]): CheckResult {
  const best = new Map<string, SourceInfo>();
  for (const s of sources) {
    const key = outletKey(s);
    const prev = best.get(key);
    if (!prev || (RELIABILITY_WEIGHT[s.reliability] ?? 0) > (RELIABILITY_WEIGHT[prev.reliability] ?? 0))
      best.set(key, s);
  }
  const outlets = [...best.values()];
  const doubt = outlets.reduce((p, s) => p * (1 - 0.6 * (RELIABILITY_WEIGHT[s.reliability] ?? 0.1)), 1);
  const score = Math.round(100 * (1 - doubt));
  const reasons = outlets.length
    ? [`${outlets.length} independent outlet(s): ${outlets.map((s) => `${s.name} (${s.reliability})`).join(', ')}`]
    : ['no source reports the claim'];
  if (sources.length > outlets.length)
    reasons.push(`${sources.length - outlets.length} relay(s) of the same outlet counted once`);
  return {
    check: 'independent-sources',
    score,
    conflict: false,
    reasons,
    details: { outlets: outlets.map((s) => s.id), sources: sources.length },
  };
}
