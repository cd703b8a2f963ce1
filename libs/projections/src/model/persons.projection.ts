import { PROJECTION_NAMES } from '@app/config';
import { evolvePerson, parsePartialDate, personNameKey, type PersonState } from '@app/domain';
import { foldingProjection } from './projection.js';

/** Lower-cased name and aliases, one a line: what `q` matches (a substring of one of them). */
export function personSearchText(s: PersonState): string {
  return [s.name, ...s.aliases.map((a) => a.alias)].map(personNameKey).join('\n');
}

/** The earliest moment a partial date allows (null when it does not parse: open). */
export const earliestOf = (value: string | null): string | null =>
  value ? (parsePartialDate(value)?.earliest ?? null) : null;
/** The latest moment a partial date allows (null when absent or unparseable: open). */
export const latestOf = (value: string | null): string | null =>
  value ? (parsePartialDate(value)?.latest ?? null) : null;

/** Flat affiliation rows of a folded person: what group, role and date filters read. */
export function personAffiliationRows(s: PersonState): Array<Record<string, unknown>> {
  return s.affiliations.map((a) => ({
    affiliation_id: a.affiliationId,
    person_id: s.id,
    group_id: a.groupId,
    role: a.role,
    valid_from: earliestOf(a.validFrom),
    valid_to: latestOf(a.validTo),
    valid_from_text: a.validFrom,
    valid_to_text: a.validTo,
    end_reason: a.endReason,
    to_group_id: a.toGroupId,
    withdrawn: a.withdrawn,
    confidence: a.confidence,
    source_id: a.sourceId,
  }));
}

/** Persons folded with the domain's evolve, and their affiliations flat for the leadership reads. */
export const personsProjection = foldingProjection<PersonState>({
  name: PROJECTION_NAMES.persons,
  streamType: 'person',
  evolve: evolvePerson,
  main: {
    table: 'rm_persons',
    key: 'person_id',
    columns: [
      ['person_id', 'uuid'],
      ['name', 'text'],
      ['aliases', 'text[]'],
      ['summary', 'text'],
      ['status', 'text'],
      ['search', 'text'],
    ],
    row: (s) => ({
      person_id: s.id,
      name: s.name,
      aliases: s.aliases.map((a) => a.alias),
      summary: s.summary,
      status: s.status?.status ?? null,
      search: personSearchText(s),
    }),
  },
  children: [
    {
      table: 'rm_person_affiliations',
      key: 'affiliation_id',
      parentKey: 'person_id',
      columns: [
        ['affiliation_id', 'uuid'],
        ['person_id', 'uuid'],
        ['group_id', 'uuid'],
        ['role', 'text'],
        ['valid_from', 'timestamptz'],
        ['valid_to', 'timestamptz'],
        ['valid_from_text', 'text'],
        ['valid_to_text', 'text'],
        ['end_reason', 'text'],
        ['to_group_id', 'uuid'],
        ['withdrawn', 'boolean'],
        ['confidence', 'integer'],
        ['source_id', 'uuid'],
      ],
      rows: personAffiliationRows,
    },
  ],
});
