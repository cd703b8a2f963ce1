import type { CheckResult, SourceInfo, SpokespersonInfo } from './check.types.js';

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

/** Credibility at or above this leaves the sources' score as it is; below it, the score shrinks in proportion. */
export const SPOKESPERSON_NEUTRAL_CREDIBILITY = 0.5;

/**
 * How far a claim's spokesperson's record discounts what the sources say: 1 for no record or a
 * record at least neutral, credibility / 0.5 below that (a record that held up can't make a claim
 * truer than its sources, but one of fabrications makes the voice that carried it suspect).
 */
export function spokespersonFactor(spokesperson: SpokespersonInfo | null | undefined): number {
  const c = spokesperson?.credibility;
  if (c == null || c >= SPOKESPERSON_NEUTRAL_CREDIBILITY) return 1;
  return Math.max(0, c) / SPOKESPERSON_NEUTRAL_CREDIBILITY;
}

/**
 * Independent sources reporting the claim, weighted by reliability: each outlet counts once
 * (its best-rated record), and scores combine as independent confirmations. A named spokesperson
 * whose record fell below neutral lowers the score (spokespersonFactor), with the reason given.
 */
export function scoreIndependentSources(
  sources: SourceInfo[],
  spokesperson: SpokespersonInfo | null = null,
): CheckResult {
  const best = new Map<string, SourceInfo>();
  for (const s of sources) {
    const key = outletKey(s);
    const prev = best.get(key);
    if (!prev || (RELIABILITY_WEIGHT[s.reliability] ?? 0) > (RELIABILITY_WEIGHT[prev.reliability] ?? 0))
      best.set(key, s);
  }
  const outlets = [...best.values()];
  const doubt = outlets.reduce((p, s) => p * (1 - 0.6 * (RELIABILITY_WEIGHT[s.reliability] ?? 0.1)), 1);
  const sourcesScore = Math.round(100 * (1 - doubt));
  const factor = spokespersonFactor(spokesperson);
  const score = Math.round(sourcesScore * factor);
  const reasons = outlets.length
    ? [`${outlets.length} independent outlet(s): ${outlets.map((s) => `${s.name} (${s.reliability})`).join(', ')}`]
    : ['no source reports the claim'];
  if (sources.length > outlets.length)
    reasons.push(`${sources.length - outlets.length} relay(s) of the same outlet counted once`);
  if (spokesperson) reasons.push(spokespersonReason(spokesperson, sourcesScore, score));
  return {
    check: 'independent-sources',
    score,
    conflict: false,
    reasons,
    details: {
      outlets: outlets.map((s) => s.id),
      sources: sources.length,
      ...(spokesperson && {
        spokesperson: { id: spokesperson.id, name: spokesperson.name, credibility: spokesperson.credibility, factor },
      }),
    },
  };
}

function spokespersonReason(p: SpokespersonInfo, before: number, after: number): string {
  if (p.credibility == null) return `spokesperson ${p.name}: no assessed record yet, sources' score kept (${before})`;
  const c = p.credibility.toFixed(2);
  if (after === before && p.credibility >= SPOKESPERSON_NEUTRAL_CREDIBILITY)
    return `spokesperson ${p.name}: credibility ${c}, sources' score kept (${before})`;
  return (
    `spokesperson ${p.name}: credibility ${c} below ${SPOKESPERSON_NEUTRAL_CREDIBILITY} ` +
    `lowers the sources' score from ${before} to ${after} (${p.basis})`
  );
}
