import { citationSchema, toCitation, type Citation, type CitationBody } from '../../shared/citation.js';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { requireId, requireOneOf, requirePartialDate, requireText, uniqueIds } from '../../shared/guards.js';
import { STATEMENT_KINDS, type StatementKind } from '../../shared/vocabulary.js';
import type { StatementEvent } from '../statement.events.js';
import type { StatementState } from '../statement.state.js';

/** Clock skew tolerated on madeAt: a statement dated later than now + one day is refused. */
export const MADE_AT_SKEW_MS = 86_400_000;

export interface RecordStatement {
  statementId: string;
  kind: StatementKind;
  madeAt: string;
  /** Resolved by the handler from the body's author (id, name or alias); null when not given. */
  authorPersonId: string | null;
  authorGroupId: string | null;
  /** Resolved ids, in the body's order (repeats are dropped here). */
  about: { groupIds: readonly string[]; personIds: readonly string[]; incidentIds: readonly string[] };
  sourceId: string;
  citation?: CitationBody | Citation | null;
  summary: string;
  /** The handler's clock, so the rule stays pure. */
  now: Date;
}

export function decideRecordStatement(state: StatementState | null, cmd: RecordStatement): StatementEvent[] {
  if (state)
    throw new ConflictError('already_exists', `statement ${cmd.statementId} already exists`, {
      statementId: cmd.statementId,
    });
  const madeAt = requirePartialDate('madeAt', cmd.madeAt);
  if (Date.parse(madeAt.earliest) > cmd.now.getTime() + MADE_AT_SKEW_MS)
    throw new RuleViolation('madeAt', `madeAt ${madeAt.value} is in the future`);
  return [
    {
      type: 'StatementRecorded',
      data: {
        statementId: requireId('id', cmd.statementId),
        kind: requireOneOf('kind', cmd.kind, STATEMENT_KINDS),
        madeAt: madeAt.value,
        authorPersonId: cmd.authorPersonId ?? null,
        authorGroupId: cmd.authorGroupId ?? null,
        about: {
          groupIds: uniqueIds(cmd.about.groupIds),
          personIds: uniqueIds(cmd.about.personIds),
          incidentIds: uniqueIds(cmd.about.incidentIds),
        },
        sourceId: requireId('sourceId', cmd.sourceId),
        citation: optionalCitation(cmd.citation),
        summary: requireText('summary', cmd.summary),
      },
    },
  ];
}

/** Re-checks the citation the HTTP schema checked (imports call decide without HTTP): `citation.url` etc. */
function optionalCitation(value: CitationBody | Citation | null | undefined): Citation | null {
  if (value === null || value === undefined) return null;
  const result = citationSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = ['citation', ...issue.path.map(String)].join('.');
    throw new RuleViolation(field, `${field} ${issue.message}`);
  }
  return toCitation(result.data);
}
