import { sql, type Kysely } from 'kysely';
import { PersonNamesRepository, uuidSchema, type StatementState } from '@app/domain';
import type { Database } from '@app/event-store';
import { renderStatements } from '../get-statement/statement-view.js';
import { page } from '../shared/cursor.js';
import { resolveGroupFilter } from '../shared/group-names.js';
import type { ListStatementsQueryParams } from './list-statements.schema.js';
import type { ListStatementsResponse } from './list-statements.response.js';

/**
 * The ids a person-or-group reference may mean: an id as given (it may name a person, a group or,
 * for `about`, an incident), else the group and the person that hold the name or alias (both,
 * should a person share a group's name). Empty when nothing matches.
 */
export async function resolveActorRef(db: Kysely<Database>, ref: string): Promise<string[]> {
  const asId = uuidSchema.safeParse(ref);
  if (asId.success) return [asId.data.toLowerCase()];
  const [group, person] = await Promise.all([resolveGroupFilter(db, ref), new PersonNamesRepository(db).idOf(ref)]);
  return [group, person].filter((id): id is string => id !== null);
}

/**
 * Most recent first (by the earliest moment madeAt allows); `from`/`to` keep statements whose
 * possible period overlaps the range, so `madeAt: 2023` is in `from=2023-06`.
 */
export async function listStatements(
  db: Kysely<Database>,
  q: ListStatementsQueryParams,
): Promise<ListStatementsResponse> {
  const authors = q.author ? await resolveActorRef(db, q.author) : null;
  const subjects = q.about ? await resolveActorRef(db, q.about) : null;
  if ((authors && !authors.length) || (subjects && !subjects.length)) return { items: [], nextCursor: null };
  const verdict = q.verdict && q.verdict !== 'unassessed' ? q.verdict : null;
  const after = q.cursor ?? null;
  const { rows } = await sql<{ statement_id: string; made_earliest: Date; state: StatementState }>`
    select statement_id::text, made_earliest, state from rm_statements st
     where (${authors}::uuid[] is null or author_person_id = any(${authors}::uuid[])
            or author_group_id = any(${authors}::uuid[]))
       and (${subjects}::uuid[] is null or exists (
             select 1 from rm_statement_subjects su
              where su.statement_id = st.statement_id and su.subject_id = any(${subjects}::uuid[])))
       and (${q.kind ?? null}::text is null or kind = ${q.kind ?? null})
       and (${verdict}::text is null or verdict = ${verdict})
       and (${q.verdict === 'unassessed'} = false or verdict is null)
       and (${q.from?.earliest ?? null}::timestamptz is null or made_latest >= ${q.from?.earliest ?? null}::timestamptz)
       and (${q.to?.latest ?? null}::timestamptz is null or made_earliest <= ${q.to?.latest ?? null}::timestamptz)
       and (${after ? 1 : null}::int is null
            or (made_earliest, statement_id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
     order by made_earliest desc, statement_id desc
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [new Date(r.made_earliest).toISOString(), r.statement_id]);
  return {
    items: await renderStatements(
      db,
      p.items.map((r) => r.state),
    ),
    nextCursor: p.nextCursor,
  };
}
