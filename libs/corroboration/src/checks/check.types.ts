import type { CheckName } from '@app/config';

/** What one check says about a claim: a 0–100 score, whether it contradicts something, and why. */
export interface CheckResult {
  check: CheckName;
  score: number;
  /** A contradiction an analyst should look at: makes the verdict conflicting. */
  conflict: boolean;
  reasons: string[];
  details?: Record<string, unknown>;
}

export interface SourceInfo {
  id: string;
  name: string;
  kind: string;
  reliability: string;
}

export interface RelationInfo {
  relation: string;
  otherGroupId: string;
  validFrom: string | null;
  validTo: string | null;
  withdrawn: boolean;
}

/** The person a claim names as its spokesperson, with their record's credibility (domain's credibilityOf). */
export interface SpokespersonInfo {
  id: string;
  name: string;
  /** 0–1; null when nothing in the record has been assessed or decided. */
  credibility: number | null;
  basis: string;
}
