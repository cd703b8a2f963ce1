import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { ApiRead, REVIEW_STATUSES } from '@app/domain';
import { READ_KYSELY } from '@app/runtime';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, page } from '../shared/cursor.js';
import { ListReviewsResponse } from './list-reviews.response.js';

const ReviewsQuery = z.strictObject({
  status: z.enum(REVIEW_STATUSES).optional(),
  cursor: cursorSchema(z.tuple([cursorKey.time.nullable(), cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});

/** Claims the corroboration workflow found conflicting, oldest first, with the checks behind the verdict. */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller('v1/reviews')
export class ListReviewsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get()
  @ApiOperation({ summary: 'Reviews by status (open, escalated, resolved), with the verdict and checks that opened them' })
  @ApiRead(ListReviewsResponse, 'A page of reviews, oldest first')
  async list(@Query({ schema: ReviewsQuery }) q: z.infer<typeof ReviewsQuery>): Promise<ListReviewsResponse> {
    const after = q.cursor ?? null;
    const { rows } = await sql<any>`
      select r.review_id::text as id, r.incident_id::text as "incidentId", r.claim_id::text as "claimId", r.status,
             r.opened_at as "openedAt", r.escalated_at as "escalatedAt", r.resolved_at as "resolvedAt", r.decision,
             r.verdict, r.score,
             (select e.data->'checks' from events e
               where e.stream_id = 'incident-' || r.incident_id::text and e.type = 'CorroborationCompleted' and e.data->>'claimId' = r.claim_id::text
               order by e.stream_version desc limit 1) as checks
        from rm_reviews r
       where (${q.status ?? null}::text is null or r.status = ${q.status ?? null})
         and (${after ? 1 : null}::int is null or (coalesce(r.opened_at, '-infinity'), r.review_id) > (coalesce(${after?.[0] ?? null}::timestamptz, '-infinity'), ${after?.[1] ?? null}::uuid))
       order by coalesce(r.opened_at, '-infinity'), r.review_id
       limit ${q.limit + 1}`.execute(this.db);
    const p = page(rows, q.limit, (r) => [r.openedAt ? new Date(r.openedAt).toISOString() : null, r.id]);
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return { items: p.items.map((r) => ({ ...r, openedAt: iso(r.openedAt), escalatedAt: iso(r.escalatedAt), resolvedAt: iso(r.resolvedAt) })), nextCursor: p.nextCursor };
  }
}
