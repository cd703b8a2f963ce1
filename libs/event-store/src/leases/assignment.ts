import type { MemberRow } from './lease-store.js';

/**
 * Shares followers out among live members so that every member computes the same answer from
 * the same view: names in order, each to the candidate (a member that can run it) with the fewest
 * so far; ties go to the current holder (no needless hand-over), then to the first holder id.
 */
export function assignFollowers(
  members: readonly MemberRow[],
  currentHolder: (name: string) => string | undefined,
): Map<string, string> {
  const load = new Map(members.map((m) => [m.holder, 0]));
  const names = [...new Set(members.flatMap((m) => m.names))].sort();
  const sorted = [...members].sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
  const out = new Map<string, string>();
  for (const name of names) {
    const current = currentHolder(name);
    let best: string | undefined;
    for (const m of sorted) {
      if (!m.names.includes(name)) continue;
      const l = load.get(m.holder)!;
      if (best === undefined || l < load.get(best)! || (l === load.get(best)! && m.holder === current)) best = m.holder;
    }
    if (best === undefined) continue;
    out.set(name, best);
    load.set(best, load.get(best)! + 1);
  }
  return out;
}
