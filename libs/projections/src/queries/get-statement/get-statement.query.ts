import { sql, type Kysely } from 'kysely';
import { evolveStatement, NotFoundError, statementStreamId, type StatementState } from '@app/domain';
import type { Database, EventStore } from '@app/event-store';
import type { GetStatementResponse } from './get-statement.response.js';
import { renderStatements } from './statement-view.js';

export interface StatementAsOf {
  asOf?: Date;
  asOfPosition?: number;
}

/**
 * The statement now (the read model's fold) or as recorded at a time or position (its stream
 * folded to that point with the same evolve); NotFoundError when it did not exist (yet).
 */
export async function getStatement(
  db: Kysely<Database>,
  store: EventStore,
  statementId: string,
  { asOf, asOfPosition }: StatementAsOf = {},
): Promise<GetStatementResponse> {
  if (asOf === undefined && asOfPosition === undefined) {
    const { rows } = await sql<{
      state: StatementState;
    }>`select state from rm_statements where statement_id = ${statementId}`.execute(db);
    if (!rows[0]) throw new NotFoundError('statement', statementId);
    return (await renderStatements(db, [rows[0].state]))[0];
  }
  const { state } = await store.aggregateStream(
    statementStreamId(statementId),
    { evolve: evolveStatement },
    { toRecordedAt: asOf, toPosition: asOfPosition },
  );
  if (!state) throw new NotFoundError('statement', statementId);
  return {
    ...(await renderStatements(db, [state]))[0],
    asOf: asOf?.toISOString() ?? null,
    asOfPosition: asOfPosition ?? null,
  };
}
