import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { StoredEventRow } from '../event-store.js';
import type { Database } from '../schema/database.generated.js';

// Named queries over the incident streams' claim events (JSON paths into `data`). The predicates
// match the expression index events_claims_by_group_idx ((data->>'groupId'), type) literally.

/**
 * Claims by `groupId` in the 24 months before `claimedAt` (other than `claimId`), and how many of
 * them were retracted.
 */
export async function claimHistory(
  db: Kysely<Database>,
  claim: { groupId: string; claimId: string; claimedAt: string },
): Promise<{ claims: number; retracted: number }> {
  const { rows } = await sql<{ claims: number; retracted: number }>`
    with c as (
      select data->>'claimId' as claim_id from events
       where type = 'ClaimRecorded' and data->>'groupId' = ${claim.groupId} and data->>'claimId' <> ${claim.claimId}
         and (data->>'claimedAt')::timestamptz < ${claim.claimedAt}::timestamptz
         and (data->>'claimedAt')::timestamptz >= ${claim.claimedAt}::timestamptz - interval '24 months')
    select count(*)::int as claims,
           count(*) filter (where exists (select 1 from events r
                                           where r.type = 'ClaimRetracted' and r.data->>'groupId' = ${claim.groupId}
                                             and r.data->>'claimId' = c.claim_id))::int as retracted
      from c`.execute(db);
  return rows[0] ?? { claims: 0, retracted: 0 };
}

/**
 * Events that re-evaluate one claim (its `data.claimId`), and those that re-evaluate every active
 * claim of the incident.
 */
const CLAIM_TRIGGERS = ['ClaimRecorded', 'ClaimSourceAdded', 'ClaimRetracted'];
const INCIDENT_TRIGGERS = ['ClaimDenied', 'AttributionAssessed', 'AttributionWithdrawn'];
/** Events on a claim naming a spokesperson that change that person's record (and so re-weigh their other claims). */
const SPOKESPERSON_CLAIM_TRIGGERS = ['ClaimRetracted', 'ReviewResolved'];

/**
 * One page of ClaimRecorded events after position `after` recorded more than `olderThanMs` ago,
 * and for those of them whose latest verdict is missing or older than their latest trigger (both
 * recorded that long ago), that trigger and the claim's incident. Triggers: the claim's own events
 * (recorded, a source added, retracted); an incident-wide one (a denial, an attribution assessed
 * or withdrawn); and, for a claim naming a spokesperson, a change of that person's record (one of
 * their statements assessed, a claim naming them retracted or its review resolved) — the latter
 * two only while the claim was not retracted. A verdict covers the triggers up to its cause's position.
 * `last` is the page's last position (0 when the page is empty): the next page starts after it.
 */
export async function claimsAwaitingVerdict(
  db: Kysely<Database>,
  after: number,
  olderThanMs: number,
  limit: number,
): Promise<{ last: number; due: Array<{ claimId: string; incidentId: string; trigger: StoredEventRow }> }> {
  const { rows } = await sql<{ position: number }>`
    select c.position from events c
     where c.type = 'ClaimRecorded' and c.position > ${after}
       and c.recorded_at < now() - make_interval(secs => ${olderThanMs / 1000})
     order by c.position limit ${limit}`.execute(db);
  if (!rows.length) return { last: 0, due: [] };
  const settled = sql`now() - make_interval(secs => ${olderThanMs / 1000})`;
  // The claim was not retracted before event `e` (an incident-wide or spokesperson trigger applies to active claims).
  const activeAt = sql`not exists (select 1 from events r where r.stream_id = p.stream_id and r.type = 'ClaimRetracted'
                                     and r.data->>'claimId' = p.claim_id and r.position < e.position)`;
  const { rows: due } = await sql<StoredEventRow & { claim_id: string; incident_id: string }>`
    with page as (
      select c.position, c.stream_id, c.data->>'claimId' as claim_id, c.data->>'spokespersonId' as spokesperson_id
        from events c
       where c.position = any(${rows.map((r) => r.position)}::bigint[]))
    select p.claim_id, substr(p.stream_id, length('incident-') + 1) as incident_id,
           t.position, t.stream_id, t.stream_type, t.stream_version, t.event_id, t.type, t.schema_version,
           t.data, t.metadata, t.recorded_at, t.transaction_id::text as transaction_id
      from page p
      cross join lateral (
        select * from (
          (select e.* from events e
            where e.stream_id = p.stream_id and e.position >= p.position and e.recorded_at < ${settled}
              and ((e.type = any(${CLAIM_TRIGGERS}::text[]) and e.data->>'claimId' = p.claim_id)
                or (e.type = any(${INCIDENT_TRIGGERS}::text[]) and ${activeAt}))
            order by e.position desc limit 1)
          union all
          (select e.* from events s
             join events e on e.stream_id = s.stream_id and e.type = 'StatementAssessed'
            where p.spokesperson_id is not null and s.type = 'StatementRecorded'
              and s.data->>'authorPersonId' = p.spokesperson_id
              and e.position > p.position and e.recorded_at < ${settled} and ${activeAt}
            order by e.position desc limit 1)
          union all
          (select e.* from events c
             join events e on e.stream_id = c.stream_id and e.type = any(${SPOKESPERSON_CLAIM_TRIGGERS}::text[])
                          and e.data->>'claimId' = c.data->>'claimId'
            where p.spokesperson_id is not null and c.type = 'ClaimRecorded'
              and c.data->>'spokespersonId' = p.spokesperson_id
              and e.position > p.position and e.recorded_at < ${settled} and ${activeAt}
            order by e.position desc limit 1)
        ) candidates
        order by position desc limit 1) t
     where t.position > coalesce(
             (select max(coalesce((v.data->'checks'->'cause'->>'position')::bigint, v.position)) from events v
               where v.stream_id = p.stream_id and v.type = 'CorroborationCompleted'
                 and v.data->>'claimId' = p.claim_id),
             -1)
     order by p.position`.execute(db);
  return {
    last: rows[rows.length - 1].position,
    due: due.map(({ claim_id, incident_id, ...trigger }) => ({ claimId: claim_id, incidentId: incident_id, trigger })),
  };
}

/**
 * The `checks` of the latest verdict (CorroborationCompleted) on a claim, as a correlated
 * subquery for a read-model query: `latestVerdictChecks(sql.ref('r.incident_id'), sql.ref('r.claim_id'))`.
 */
export function latestVerdictChecks(
  incidentId: Expression<unknown>,
  claimId: Expression<unknown>,
): RawBuilder<unknown> {
  return sql`(select e.data->'checks' from events e
               where e.stream_id = 'incident-' || ${incidentId}::text and e.type = 'CorroborationCompleted'
                 and e.data->>'claimId' = ${claimId}::text
               order by e.stream_version desc limit 1)`;
}

/** When the retractions and authenticity assessments of these incident streams were recorded. */
export async function claimEventTimes(
  db: Kysely<Database>,
  streamIds: readonly string[],
): Promise<Array<{ type: string; retraction_id: string | null; claim_id: string | null; recorded_at: Date }>> {
  if (!streamIds.length) return [];
  const { rows } = await sql<{
    type: string;
    retraction_id: string | null;
    claim_id: string | null;
    recorded_at: Date;
  }>`
    select type, data->>'retractionId' as retraction_id, data->>'claimId' as claim_id, recorded_at from events
     where stream_id = any(${streamIds}::text[]) and type in ('ClaimRetracted', 'ClaimAuthenticityAssessed')`.execute(
    db,
  );
  return rows;
}

/** The stream (an incident's) in which the review was requested; null for an unknown review. */
export async function reviewStreamId(db: Kysely<Database>, reviewId: string): Promise<string | null> {
  const row = await db
    .selectFrom('events')
    .select('stream_id')
    .where('type', '=', 'ReviewRequested')
    .where(sql<string>`data->>'reviewId'`, '=', reviewId)
    .limit(1)
    .executeTakeFirst();
  return row?.stream_id ?? null;
}

export interface VerdictTimes {
  claim_id: string;
  claim_recorded_at: Date;
  first_verdict_at: Date;
  last_verdict_at: Date;
  /** First verdict minus the claim, in milliseconds (microsecond precision). */
  verdict_ms: number;
}

/**
 * For each of these claims that has a verdict: when the claim was recorded and when its first and
 * last CorroborationCompleted were (the benchmarks' latency, read from the log itself).
 */
export async function verdictTimes(db: Kysely<Database>, claimIds: readonly string[]): Promise<VerdictTimes[]> {
  if (!claimIds.length) return [];
  const { rows } = await sql<VerdictTimes>`
    select c.data->>'claimId' as claim_id, c.recorded_at as claim_recorded_at,
           min(v.recorded_at) as first_verdict_at, max(v.recorded_at) as last_verdict_at,
           (extract(epoch from (min(v.recorded_at) - c.recorded_at)) * 1000)::float8 as verdict_ms
      from events c join events v on v.type = 'CorroborationCompleted' and v.data->>'claimId' = c.data->>'claimId'
     where c.type = 'ClaimRecorded' and c.data->>'claimId' = any(${claimIds}::text[])
     group by c.data->>'claimId', c.recorded_at`.execute(db);
  return rows;
}

/** How many of these claims have a verdict (a cheap poll for the benchmarks). */
export async function verdictCount(db: Kysely<Database>, claimIds: readonly string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct data->>'claimId')::int as n from events
     where type = 'CorroborationCompleted' and data->>'claimId' = any(${claimIds}::text[])`.execute(db);
  return rows[0].n;
}
