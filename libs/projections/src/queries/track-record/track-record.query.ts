import { sql, type Kysely } from 'kysely';
import { credibilityOf, NotFoundError, type TrackRecordCounts } from '@app/domain';
import type { Database } from '@app/event-store';
import type { TrackRecordResponse } from './track-record.response.js';

interface StatementCounts {
  total: number;
  authentic: number;
  doubtful: number;
  fabricated: number;
  unverified: number;
  unassessed: number;
}
type ClaimCounts = TrackRecordCounts['claims'];

const statementCounts = (where: ReturnType<typeof sql>) => sql<StatementCounts>`
  select count(*)::int as total,
         count(*) filter (where verdict = 'authentic')::int as authentic,
         count(*) filter (where verdict = 'doubtful')::int as doubtful,
         count(*) filter (where verdict = 'fabricated')::int as fabricated,
         count(*) filter (where verdict = 'unverified')::int as unverified,
         count(*) filter (where verdict is null)::int as unassessed
    from rm_statements where ${where}`;

function answer(id: string, name: string, statements: StatementCounts, claims: ClaimCounts): TrackRecordResponse {
  const { credibility, basis } = credibilityOf({ statements, claims });
  return { id, name, statements, claims, credibility, basis };
}

/** A person's own statements (as author) and the claims they spoke for (spokespersonId). */
export async function personTrackRecord(db: Kysely<Database>, personId: string): Promise<TrackRecordResponse> {
  const person = await db.selectFrom('rm_persons').select('name').where('person_id', '=', personId).executeTakeFirst();
  if (!person) throw new NotFoundError('person', personId);
  const [statements, claims] = await Promise.all([
    statementCounts(sql`author_person_id = ${personId}`).execute(db),
    sql<ClaimCounts>`
      select count(*)::int as total,
             count(*) filter (where status = 'retracted')::int as retracted,
             count(*) filter (where assessment = 'rejected')::int as rejected,
             count(*) filter (where assessment = 'upheld')::int as upheld
        from rm_claims where spokesperson_id = ${personId}`.execute(db),
  ]);
  return answer(personId, person.name, statements.rows[0], claims.rows[0]);
}

/**
 * A source's statements and the claims it carried: a claim whose sources (the first one or any
 * added later) include it. rm_claims has no source column, so they come from the incident fold
 * through the index on its claims' source ids (migration 0014).
 */
export async function sourceTrackRecord(db: Kysely<Database>, sourceId: string): Promise<TrackRecordResponse> {
  const source = await db.selectFrom('rm_sources').select('name').where('source_id', '=', sourceId).executeTakeFirst();
  if (!source) throw new NotFoundError('source', sourceId);
  // The fold stores ids as the writes normalised them (lower case); jsonb compares text.
  const key = sourceId.toLowerCase();
  const [statements, claims] = await Promise.all([
    statementCounts(sql`source_id = ${sourceId}`).execute(db),
    sql<ClaimCounts>`
      select count(*)::int as total,
             count(*) filter (where c->>'status' = 'retracted')::int as retracted,
             count(*) filter (where c->>'assessment' = 'rejected')::int as rejected,
             count(*) filter (where c->>'assessment' = 'upheld')::int as upheld
        from rm_incidents i cross join lateral jsonb_array_elements(i.state->'claims') c
       where jsonb_path_query_array(i.state, '$.claims[*].sourceIds[*]') @> jsonb_build_array(${key}::text)
         and c->'sourceIds' @> jsonb_build_array(${key}::text)`.execute(db),
  ]);
  return answer(sourceId, source.name, statements.rows[0], claims.rows[0]);
}
