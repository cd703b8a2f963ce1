import { sql, type Kysely } from 'kysely';
import { GroupNamesRepository, NotFoundError } from '@app/domain';
import type { Database } from '@app/event-store';

export interface LedgerRow {
  month: string;
  claims: number;
  retractions: number;
  denials: number;
  attributions: number;
}

/**
 * Claims, retractions and denials count in the month of their own date; attributions in the
 * month of the incident (a year-only incident in a `YYYY` row). Withdrawn attributions do not count.
 */
export async function groupLedger(db: Kysely<Database>, groupId: string, from: Date | null, to: Date | null) {
  const f = from?.toISOString() ?? null;
  const t = to?.toISOString() ?? null;
  const { rows } = await sql<LedgerRow>`
    with c as (
      select to_char(claimed_at at time zone 'UTC', 'YYYY-MM') as month,
             1 as claims, 0 as retractions, 0 as denials, 0 as attributions
        from rm_claims where group_id = ${groupId}
         and (${f}::timestamptz is null or claimed_at >= ${f}::timestamptz)
         and (${t}::timestamptz is null or claimed_at <= ${t}::timestamptz)
      union all
      select to_char(retracted_at at time zone 'UTC', 'YYYY-MM'), 0, 1, 0, 0
        from rm_claims where group_id = ${groupId} and retracted_at is not null
         and (${f}::timestamptz is null or retracted_at >= ${f}::timestamptz)
         and (${t}::timestamptz is null or retracted_at <= ${t}::timestamptz)
      union all
      select to_char(denied_at at time zone 'UTC', 'YYYY-MM'), 0, 0, 1, 0
        from rm_denials where group_id = ${groupId}
         and (${f}::timestamptz is null or denied_at >= ${f}::timestamptz)
         and (${t}::timestamptz is null or denied_at <= ${t}::timestamptz)
      union all
      select coalesce(incident_period, 'unknown'), 0, 0, 0, 1
        from rm_attributions where group_id = ${groupId} and not withdrawn
         and (${f}::timestamptz is null or occurred_latest >= ${f}::timestamptz)
         and (${t}::timestamptz is null or occurred_earliest <= ${t}::timestamptz)
    )
    select month, sum(claims)::int as claims, sum(retractions)::int as retractions,
           sum(denials)::int as denials, sum(attributions)::int as attributions
      from c group by month order by month`.execute(db);
  const stats = await sql<{ claims: number; retracted: number; median_hours: number | null }>`
    select count(*)::int as claims, count(retracted_at)::int as retracted,
           percentile_cont(0.5) within group (order by extract(epoch from (retracted_at - claimed_at)) / 3600)
             filter (where retracted_at is not null and not claimed_at_unknown) as median_hours
      from rm_claims where group_id = ${groupId}
       and (${f}::timestamptz is null or claimed_at >= ${f}::timestamptz)
       and (${t}::timestamptz is null or claimed_at <= ${t}::timestamptz)`.execute(db);
  const totals = rows.reduce(
    (acc, r) => ({
      claims: acc.claims + r.claims,
      retractions: acc.retractions + r.retractions,
      denials: acc.denials + r.denials,
      attributions: acc.attributions + r.attributions,
    }),
    { claims: 0, retractions: 0, denials: 0, attributions: 0 },
  );
  const s = stats.rows[0];
  return {
    groupId,
    totals,
    byMonth: rows,
    retractionRate: s.claims ? s.retracted / s.claims : null,
    medianHoursToRetraction: s.median_hours == null ? null : Math.round(Number(s.median_hours) * 100) / 100,
  };
}

/** The ledger of a group (id, name or alias) the read model knows; NotFoundError (404) otherwise. */
export async function groupLedgerOf(db: Kysely<Database>, ref: string, from: Date | null, to: Date | null) {
  const group = await new GroupNamesRepository(db).resolve(ref);
  const { rows } = group ? await sql`select 1 from rm_groups where group_id = ${group.id}`.execute(db) : { rows: [] };
  if (!group || !rows.length) throw new NotFoundError('group', ref);
  const { groupId, ...ledger } = await groupLedger(db, group.id, from, to);
  return { groupId, groupName: group.name, ...ledger };
}
