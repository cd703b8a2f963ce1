import { sql, type Kysely } from 'kysely';
import { latestVerdictChecks, type Database } from '@app/event-store';
import { page } from '../shared/cursor.js';
import { groupNamesOf } from '../shared/group-names.js';
import type { ListReviewsQueryParams } from './list-reviews.schema.js';
import type { ListReviewsResponse } from './list-reviews.response.js';

type Checks = ListReviewsResponse['items'][number]['checks'];
/** One shape for every stored verdict: early ones hold the results as a bare array. */
const verdictChecks = (stored: unknown): Checks =>
  stored == null ? null : Array.isArray(stored) ? { results: stored, cause: null } : (stored as NonNullable<Checks>);

/** Reviews oldest first, with the checks of the latest CorroborationCompleted of their claim. */
export async function listReviews(db: Kysely<Database>, q: ListReviewsQueryParams): Promise<ListReviewsResponse> {
  const after = q.cursor ?? null;
  const { rows } = await sql<any>`
    select r.review_id::text as id, r.incident_id::text as "incidentId", r.claim_id::text as "claimId",
           (select c.group_id::text from rm_claims c where c.claim_id = r.claim_id) as "groupId", r.status,
           r.opened_at as "openedAt", r.escalated_at as "escalatedAt", r.resolved_at as "resolvedAt", r.decision,
           r.verdict, r.score,
           ${latestVerdictChecks(sql.ref('r.incident_id'), sql.ref('r.claim_id'))} as checks
      from rm_reviews r
     where (${q.status ?? null}::text is null or r.status = ${q.status ?? null})
       and (${after ? 1 : null}::int is null
            or (coalesce(r.opened_at, '-infinity'), r.review_id)
               > (coalesce(${after?.[0] ?? null}::timestamptz, '-infinity'), ${after?.[1] ?? null}::uuid))
     order by coalesce(r.opened_at, '-infinity'), r.review_id
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [r.openedAt ? new Date(r.openedAt).toISOString() : null, r.id]);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const names = await groupNamesOf(db, p.items.map((r) => r.groupId).filter(Boolean));
  return {
    items: p.items.map((r) => ({
      ...r,
      groupName: r.groupId ? (names.get(r.groupId) ?? null) : null,
      checks: verdictChecks(r.checks),
      openedAt: iso(r.openedAt),
      escalatedAt: iso(r.escalatedAt),
      resolvedAt: iso(r.resolvedAt),
    })),
    nextCursor: p.nextCursor,
  };
}
