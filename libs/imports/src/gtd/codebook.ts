import { ATTACK_TYPES, type AttackType, type ClaimChannel } from '@app/domain';

// The GTD codebook values this importer reads (START, "Global Terrorism Database Codebook").

/** attacktype1_txt → the API's attack types (attacktype1 codes 1–9 in the same order). */
export const GTD_ATTACK_TYPES: Readonly<Record<string, AttackType>> = {
  assassination: 'assassination',
  'armed assault': 'armed_assault',
  'bombing/explosion': 'bombing',
  hijacking: 'hijacking',
  'hostage taking (barricade incident)': 'hostage_barricade',
  'hostage taking (kidnapping)': 'hostage_kidnapping',
  'facility/infrastructure attack': 'facility_attack',
  'unarmed assault': 'unarmed_assault',
  unknown: 'unknown',
};

// GTD's attacktype codes 1–9 are the domain's attack types, in the same order.
export const GTD_ATTACK_TYPE_CODES: readonly AttackType[] = ATTACK_TYPES;

/**
 * claimmode codes 1–10 → the API's claim channels. GTD: 1 letter, 2 call (post-incident),
 * 3 call (pre-incident), 4 e-mail, 5 note left at scene, 6 video, 7 posted to website/blog/social
 * media, 8 personal claim, 9 other, 10 unknown (so is an empty mode). The code itself is kept in
 * the incident's `gtd`.
 */
export const GTD_CLAIM_MODES: Readonly<Record<number, ClaimChannel>> = {
  1: 'letter',
  2: 'call',
  3: 'call',
  4: 'email',
  5: 'note',
  6: 'video',
  7: 'website',
  8: 'spokesperson',
  9: 'other',
  10: 'unknown',
};

/** GTD's word for "no group known". */
export const GTD_UNKNOWN_GROUP = 'unknown';

/**
 * GTD's generic perpetrator labels: where sources name no organisation, the codebook (gname:
 * "generic identifiers … when no specific group is named") records a description of the
 * attackers instead. They are not organisations — no ledger, alias, claim or attribution can
 * belong to "Gunmen" — so the import keeps them on the incident as `gtd.perpetratorDescription`
 * and registers no group. The first seven occur in the shared Pakistan extract; the rest are
 * GTD's generic labels of the same kind elsewhere in the world (a description of who, not a
 * name of an organisation). Compared as names are (nameKey: case and format characters aside).
 */
export const GTD_GENERIC_PERPETRATORS: readonly string[] = [
  'Militants',
  'Gunmen',
  'Tribesmen',
  'Separatists',
  'Muslim extremists',
  'Sunni Muslim extremists',
  'Baloch Nationalists',
  'Shia Muslim extremists',
  'Jihadi-inspired extremists',
  'Hindu extremists',
  'Sikh extremists',
  'Christian extremists',
  'Protestant extremists',
  'Fulani extremists',
  'Left-wing militants',
  'Neo-Nazi extremists',
  'White extremists',
  'Anti-Abortion extremists',
  'Anarchists',
  'Maoists',
  'Palestinians',
  'Narco-terrorists',
  'Student radicals',
];

/** Basis of every attribution the import records. */
export const GTD_BASIS = 'dataset:gtd';

/** STIX-style 0–100 confidence of a GTD perpetrator attribution: guncertainN = 1 is GTD's "suspected". */
export const GTD_CONFIDENCE_CERTAIN = 80;
export const GTD_CONFIDENCE_UNCERTAIN = 40;

/** Columns without which a file is not a GTD extract this importer can read. */
export const GTD_REQUIRED_COLUMNS = ['iyear', 'imonth', 'iday', 'country_txt'] as const;
export const GTD_ATTACK_TYPE_COLUMNS = ['attacktype1_txt', 'attacktype1'] as const;

/** Perpetrator slots: group name, certainty, claimed flag, claim mode. */
export const GTD_PERPETRATOR_SLOTS = [
  { slot: 1, name: 'gname', uncertain: 'guncertain1', claimed: 'claimed', mode: 'claimmode' },
  { slot: 2, name: 'gname2', uncertain: 'guncertain2', claimed: 'claim2', mode: 'claimmode2' },
  { slot: 3, name: 'gname3', uncertain: 'guncertain3', claimed: 'claim3', mode: 'claimmode3' },
] as const;

/** Numeric codes GTD uses for "unknown" in its numeric and yes/no columns. */
export const GTD_UNKNOWN_CODES = new Set(['-9', '-99']);

/** Missing columns of a header, or an empty list when it is importable. */
export function missingGtdColumns(header: readonly string[]): string[] {
  const have = new Set(header.map((h) => h.trim()));
  const missing: string[] = GTD_REQUIRED_COLUMNS.filter((c) => !have.has(c));
  if (!GTD_ATTACK_TYPE_COLUMNS.some((c) => have.has(c))) missing.push('attacktype1_txt');
  return missing;
}
