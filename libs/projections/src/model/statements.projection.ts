import { PROJECTION_NAMES } from '@app/config';
import { evolveStatement, parsePartialDate, type StatementState } from '@app/domain';
import { foldingProjection } from './projection.js';

export type StatementSubjectType = 'group' | 'person' | 'incident';

/** The widest moments `madeAt` allows (a year, month or day is a period; a time is itself). */
export function madeMoments(madeAt: string): { earliest: string; latest: string } {
  const p = parsePartialDate(madeAt);
  // The write side validates madeAt; an unparseable value (never expected) sorts as the epoch
  // rather than stalling the projection.
  if (!p) return { earliest: new Date(0).toISOString(), latest: new Date(0).toISOString() };
  return { earliest: p.earliest, latest: p.latest };
}

/** One row per subject; duplicates in `about` collapse (the table's key is the triple). */
export function statementSubjectRows(s: StatementState): Array<Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  const add = (type: StatementSubjectType, ids: string[]) => {
    for (const id of ids) rows.set(`${type}:${id}`, { statement_id: s.id, subject_type: type, subject_id: id });
  };
  add('group', s.about.groupIds);
  add('person', s.about.personIds);
  add('incident', s.about.incidentIds);
  return [...rows.values()];
}

/** The flat columns of a statement's row (besides `state`), as the list filters and sorts on them. */
export function statementRow(s: StatementState): Record<string, unknown> {
  const made = madeMoments(s.madeAt);
  return {
    statement_id: s.id,
    kind: s.kind,
    made_at: s.madeAt,
    made_earliest: made.earliest,
    made_latest: made.latest,
    author_person_id: s.authorPersonId,
    author_group_id: s.authorGroupId,
    source_id: s.sourceId,
    verdict: s.verdict,
    summary: s.summary,
  };
}

/** Statements folded with the domain's evolve; their subjects flat for `about=`. */
export const statementsProjection = foldingProjection<StatementState>({
  name: PROJECTION_NAMES.statements,
  streamType: 'statement',
  evolve: evolveStatement,
  main: {
    table: 'rm_statements',
    key: 'statement_id',
    columns: [
      ['statement_id', 'uuid'],
      ['kind', 'text'],
      ['made_at', 'text'],
      ['made_earliest', 'timestamptz'],
      ['made_latest', 'timestamptz'],
      ['author_person_id', 'uuid'],
      ['author_group_id', 'uuid'],
      ['source_id', 'uuid'],
      ['verdict', 'text'],
      ['summary', 'text'],
    ],
    row: statementRow,
  },
  children: [
    {
      table: 'rm_statement_subjects',
      key: 'statement_id',
      parentKey: 'statement_id',
      columns: [
        ['statement_id', 'uuid'],
        ['subject_type', 'text'],
        ['subject_id', 'uuid'],
      ],
      rows: statementSubjectRows,
    },
  ],
});
