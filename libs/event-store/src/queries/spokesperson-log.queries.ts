import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.generated.js';

// Named queries over a person's record as the log holds it (JSON paths into `data`), for the
// corroboration's source weighting. The predicates match the partial expression indexes of
// migration 0016 literally.

export interface SpokespersonLogRecord {
  statements: { authentic: number; doubtful: number; fabricated: number; unverified: number; unassessed: number };
  claims: { total: number; retracted: number; rejected: number; upheld: number };
}

/**
 * The statements `personId` authored, by their latest assessment, and the claims naming them as
 * spokesperson, by outcome (retracted; the latest review's decision), up to `toPosition` if given.
 */
export async function spokespersonRecord(
  db: Kysely<Database>,
  personId: string,
  toPosition?: number,
): Promise<SpokespersonLogRecord> {
  const upTo = toPosition ?? Number.MAX_SAFE_INTEGER;
  const { rows } = await sql<{
    authentic: number;
    doubtful: number;
    fabricated: number;
    unverified: number;
    unassessed: number;
    total: number;
    retracted: number;
    rejected: number;
    upheld: number;
  }>`
    with st as (
      select (select a.data->>'verdict' from events a
               where a.stream_id = s.stream_id and a.type = 'StatementAssessed' and a.position <= ${upTo}
               order by a.stream_version desc limit 1) as verdict
        from events s
       where s.type = 'StatementRecorded' and s.data->>'authorPersonId' = ${personId} and s.position <= ${upTo}),
    cl as (
      select exists (select 1 from events r where r.stream_id = c.stream_id and r.type = 'ClaimRetracted'
                        and r.data->>'claimId' = c.data->>'claimId' and r.position <= ${upTo}) as retracted,
             (select v.data->>'decision' from events v
               where v.stream_id = c.stream_id and v.type = 'ReviewResolved' and v.data->>'claimId' = c.data->>'claimId'
                 and v.position <= ${upTo}
               order by v.stream_version desc limit 1) as decision
        from events c
       where c.type = 'ClaimRecorded' and c.data->>'spokespersonId' = ${personId} and c.position <= ${upTo})
    select (select count(*) filter (where verdict = 'authentic') from st)::int as authentic,
           (select count(*) filter (where verdict = 'doubtful') from st)::int as doubtful,
           (select count(*) filter (where verdict = 'fabricated') from st)::int as fabricated,
           (select count(*) filter (where verdict = 'unverified') from st)::int as unverified,
           (select count(*) filter (where verdict is null) from st)::int as unassessed,
           (select count(*) from cl)::int as total,
           (select count(*) filter (where retracted) from cl)::int as retracted,
           (select count(*) filter (where decision = 'reject') from cl)::int as rejected,
           (select count(*) filter (where decision = 'uphold') from cl)::int as upheld`.execute(db);
  const r = rows[0];
  return {
    statements: {
      authentic: r.authentic,
      doubtful: r.doubtful,
      fabricated: r.fabricated,
      unverified: r.unverified,
      unassessed: r.unassessed,
    },
    claims: { total: r.total, retracted: r.retracted, rejected: r.rejected, upheld: r.upheld },
  };
}

/** Claims naming `personId` as spokesperson that no retraction has ended, up to `toPosition`. */
export async function activeClaimsBySpokesperson(
  db: Kysely<Database>,
  personId: string,
  toPosition: number,
): Promise<Array<{ incidentId: string; claimId: string }>> {
  const { rows } = await sql<{ incident_id: string; claim_id: string }>`
    select substr(c.stream_id, length('incident-') + 1) as incident_id, c.data->>'claimId' as claim_id
      from events c
     where c.type = 'ClaimRecorded' and c.data->>'spokespersonId' = ${personId} and c.position <= ${toPosition}
       and not exists (select 1 from events r where r.stream_id = c.stream_id and r.type = 'ClaimRetracted'
                          and r.data->>'claimId' = c.data->>'claimId' and r.position <= ${toPosition})
     order by c.position`.execute(db);
  return rows.map((r) => ({ incidentId: r.incident_id, claimId: r.claim_id }));
}
