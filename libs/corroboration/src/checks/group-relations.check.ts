import type { CheckResult, RelationInfo } from './check.types.js';

const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const endOf = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));

/** True when a relation's validity (partial dates, both ends inclusive) covers the incident's day. */
export function validAt(r: Pick<RelationInfo, 'validFrom' | 'validTo'>, date: string | null): boolean {
  if (!date) return true;
  const day = date.slice(0, 10);
  return (!r.validFrom || day >= startOf(r.validFrom)) && (!r.validTo || day <= endOf(r.validTo));
}

export interface RelationsInput {
  claimantId: string;
  incidentDate: string | null;
  /** The claimant's relations to other groups. */
  relations: RelationInfo[];
  /** Groups analysts attribute the incident to (attributions not withdrawn). */
  attributedGroupIds: string[];
  names?: Map<string, string>;
}

const FRONT = new Set(['suspected_front_of', 'pledged_to', 'faction_of']);

/**
 * At the incident's date: is the claimant a suspected front of (or pledged to, or a faction of)
 * another group, and does the claim contradict an analyst attribution?
 */
export function scoreGroupRelations(input: RelationsInput): CheckResult {
  const name = (id: string) => input.names?.get(id) ?? id;
  const current = input.relations.filter((r) => !r.withdrawn && validAt(r, input.incidentDate));
  const fronts = current.filter((r) => FRONT.has(r.relation));
  const reasons: string[] = [];
  let score = 100;
  let conflict = false;
  for (const r of fronts) {
    reasons.push(`claimant is ${r.relation.replace(/_/g, ' ')} ${name(r.otherGroupId)} at the incident date`);
    score -= r.relation === 'suspected_front_of' ? 30 : 10;
  }
  const others = input.attributedGroupIds.filter((g) => g !== input.claimantId);
  if (input.attributedGroupIds.length && !input.attributedGroupIds.includes(input.claimantId)) {
    conflict = true;
    score -= 40;
    const via = others.filter((g) => fronts.some((f) => f.otherGroupId === g));
    reasons.push(
      `claim contradicts the analyst attribution to ${others.map(name).join(', ')}` +
        (via.length ? ` (the claimant is related to ${via.map(name).join(', ')})` : ''),
    );
  }
  if (!reasons.length) reasons.push('no relation or attribution contradicts the claim');
  return {
    check: 'group-relations',
    score: Math.max(0, score),
    conflict,
    reasons,
    details: { relations: fronts.map((f) => f.relation), attributedGroupIds: input.attributedGroupIds },
  };
}
