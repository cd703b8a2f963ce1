// Closed vocabularies shared by events, schemas and read models. Values are stored in events,
// so they may be added to but never renamed.

export const GROUP_RELATIONS = [
  'splinter_of',
  'faction_of',
  'affiliate_of',
  'pledged_to',
  'merged_into',
  'suspected_front_of',
  'rival_of',
] as const;
export type GroupRelation = (typeof GROUP_RELATIONS)[number];

export const SOURCE_KINDS = ['news', 'official', 'group_channel', 'security', 'analyst', 'social', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty code source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITY_MIN = 1;
export const CREDIBILITY_MAX = 6;
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const CLAIM_CHANNELS = [
  'statement',
  'video',
  'social_media',
  'website',
  'call',
  'letter',
  'email',
  'note',
  'spokesperson',
  'other',
  // The channel is not known (GTD claim mode 10).
  'unknown',
] as const;
export type ClaimChannel = (typeof CLAIM_CHANNELS)[number];

/** GTD attack types (attacktype1), snake-cased. */
export const ATTACK_TYPES = [
  'assassination',
  'armed_assault',
  'bombing',
  'hijacking',
  'hostage_barricade',
  'hostage_kidnapping',
  'facility_attack',
  'unarmed_assault',
  'unknown',
] as const;
export type AttackType = (typeof ATTACK_TYPES)[number];

export const AUTHENTICITY_VERDICTS = ['authentic', 'doubtful', 'fabricated'] as const;
export type AuthenticityVerdict = (typeof AUTHENTICITY_VERDICTS)[number];

export const REVIEW_DECISIONS = ['uphold', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
/** How a review ended: an analyst's decision, or `moot` when its claim was retracted while it was open. */
export const REVIEW_OUTCOMES = [...REVIEW_DECISIONS, 'moot'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const CORROBORATION_VERDICTS = ['corroborated', 'weak', 'conflicting'] as const;
export type CorroborationVerdict = (typeof CORROBORATION_VERDICTS)[number];

export const CLAIM_STATUSES = ['active', 'retracted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_ASSESSMENTS = ['upheld', 'rejected'] as const;
export type ClaimAssessment = (typeof CLAIM_ASSESSMENTS)[number];

export const REVIEW_STATUSES = ['open', 'escalated', 'resolved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const INCIDENT_STATUSES = ['attributed', 'contested', 'claimed', 'retracted', 'unclaimed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const CONFIDENCE_MIN = 0;
export const CONFIDENCE_MAX = 100;

export const NAME_MAX = 200;
export const TEXT_MAX = 4000;
export const ALIASES_MAX = 50;
export const SOURCE_IDS_MAX = 100;

// People and statements (docs/API.md "People", "Statements").

export const AFFILIATION_ROLES = [
  'leader',
  'deputy_leader',
  'commander',
  'spokesperson',
  'member',
  'founder',
  'ideologue',
  'financier',
  'other',
] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/** The roles a group's leadership read lists. */
export const LEADERSHIP_ROLES = [
  'leader',
  'deputy_leader',
  'spokesperson',
] as const satisfies readonly AffiliationRole[];

export const AFFILIATION_END_REASONS = [
  'defected',
  'killed',
  'detained',
  'expelled',
  'resigned',
  'replaced',
  'other',
] as const;
export type AffiliationEndReason = (typeof AFFILIATION_END_REASONS)[number];

export const PERSON_STATUSES = ['active', 'killed', 'detained', 'released', 'surrendered', 'died', 'unknown'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const STATEMENT_KINDS = [
  'allegation',
  'accusation',
  'pledge',
  'announcement',
  'threat',
  'propaganda',
  'denial',
  'other',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STATEMENT_VERDICTS = ['authentic', 'doubtful', 'fabricated', 'unverified'] as const;
export type StatementVerdict = (typeof STATEMENT_VERDICTS)[number];

export const CITATION_QUOTE_MAX = 2000;
export const URL_MAX = 2048;
