// How far a person's or a source's record has held up, as a number 0–1 with the reasoning in words.
//
// A Bayesian estimate with a neutral prior: the share of the assessed record that held up, after
// adding a Beta(2, 2) prior, i.e. 2 imaginary observations for and 2 against. A short record is
// therefore pulled toward 0.5 and cannot look certain (one authentic statement gives 0.6, not 1),
// while a long one is dominated by its own evidence. Evidence:
//   for:     authentic statements, upheld claims (1 each)
//   against: fabricated statements, retracted claims, rejected claims (1 each),
//            doubtful statements (½ each: a doubt is half a fabrication, and it never raises the score)
//   ignored: unverified and unassessed statements, claims not yet decided.

export interface TrackRecordCounts {
  statements: { authentic: number; doubtful: number; fabricated: number; unverified: number; unassessed: number };
  claims: { total: number; retracted: number; rejected: number; upheld: number };
}

export interface CredibilityEstimate {
  /** 0–1; null when nothing in the record has been assessed or decided. */
  credibility: number | null;
  basis: string;
}

/** Imaginary observations for and against that the estimate starts from (a Beta(2, 2) prior). */
export const CREDIBILITY_PRIOR = { for: 2, against: 2 } as const;
/** How much a doubtful statement counts against, relative to a fabricated one. */
export const DOUBTFUL_WEIGHT = 0.5;

export function credibilityOf(counts: TrackRecordCounts): CredibilityEstimate {
  const s = {
    authentic: count(counts.statements.authentic),
    doubtful: count(counts.statements.doubtful),
    fabricated: count(counts.statements.fabricated),
    unverified: count(counts.statements.unverified),
    unassessed: count(counts.statements.unassessed),
  };
  const c = {
    total: count(counts.claims.total),
    retracted: count(counts.claims.retracted),
    rejected: count(counts.claims.rejected),
    upheld: count(counts.claims.upheld),
  };
  const assessed = s.authentic + s.doubtful + s.fabricated;
  const decided = c.upheld + c.retracted + c.rejected;
  const statementsPart =
    `${plural(assessed, 'assessed statement')}: ` +
    `${s.authentic} authentic, ${s.doubtful} doubtful, ${s.fabricated} fabricated` +
    ` (${s.unverified} unverified and ${s.unassessed} unassessed not counted)`;
  const claimsPart =
    `claims: ${decided} decided of ${c.total} ` +
    `(${c.upheld} upheld, ${c.retracted} retracted, ${c.rejected} rejected)`;
  if (assessed === 0 && decided === 0) {
    return {
      credibility: null,
      basis: `${statementsPart}; ${claimsPart}; nothing assessed or decided yet, so no estimate`,
    };
  }
  const held = s.authentic + c.upheld;
  const failed = s.fabricated + DOUBTFUL_WEIGHT * s.doubtful + c.retracted + c.rejected;
  const numerator = CREDIBILITY_PRIOR.for + held;
  const denominator = CREDIBILITY_PRIOR.for + CREDIBILITY_PRIOR.against + held + failed;
  const credibility = Math.min(1, Math.max(0, numerator / denominator));
  return {
    credibility,
    basis:
      `${statementsPart}; ${claimsPart}; ` +
      `estimate (2 + ${s.authentic} authentic + ${c.upheld} upheld) / ` +
      `(4 + ${s.authentic} authentic + ${c.upheld} upheld + ${s.fabricated} fabricated + ` +
      `${DOUBTFUL_WEIGHT} × ${s.doubtful} doubtful + ${c.retracted} retracted + ${c.rejected} rejected)` +
      ` = ${fmt(numerator)} / ${fmt(denominator)} = ${credibility.toFixed(2)}: ` +
      `the share of the record that held up, shrunk toward 0.5 by a neutral prior ` +
      `worth 4 observations (2 for, 2 against), ` +
      `so a short record cannot look certain; a doubtful statement counts half a fabricated one`,
  };
}

/** Counts come from reads; anything that is not a finite non-negative number counts as 0. */
function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
