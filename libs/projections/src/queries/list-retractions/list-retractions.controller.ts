import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRead } from '@app/domain';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { READ_KYSELY } from '@app/runtime';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, page, timeParamSchema } from '../shared/cursor.js';
import { resolveGroupFilter } from '../shared/group-names.js';
import { ListRetractionsResponse } from './list-retractions.response.js';

const RetractionsQuery = z.strictObject({
  group: z.string().trim().min(1).max(200).optional(),
  from: timeParamSchema.optional().meta({ description: 'retractedAt at or after' }),
  to: timeParamSchema.optional().meta({ description: 'retractedAt at or before' }),
  cursor: cursorSchema(z.tuple([cursorKey.time, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});

/** The retraction audit: who retracted what, and how long after claiming. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/retractions')
export class ListRetractionsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get()
  @ApiOperation({ summary: 'Retracted claims, oldest retraction first, with hours from claim to retraction' })
  @ApiRead(ListRetractionsResponse, 'A page of retractions')
  async list(@Query({ schema: RetractionsQuery }) q: z.infer<typeof RetractionsQuery>): Promise<ListRetractionsResponse> {
    const groupId = q.group ? await resolveGroupFilter(this.db, q.group) : undefined;
    if (q.group && !groupId) return { items: [], nextCursor: null };
    const after = q.cursor ?? null;
    const { rows } = await sql<any>`
      select retraction_id::text as id, claim_id::text as "claimId", incident_id::text as "incidentId", group_id::text as "groupId",
             claimed_at as "claimedAt", retracted_at as "retractedAt",
             round((extract(epoch from (retracted_at - claimed_at)) / 3600)::numeric, 2)::float8 as "hoursToRetraction",
             retraction_source_id::text as "sourceId", retraction_reason as reason
        from rm_claims
       where retracted_at is not null
         and (${groupId ?? null}::uuid is null or group_id = ${groupId ?? null}::uuid)
         and (${q.from ?? null}::timestamptz is null or retracted_at >= ${q.from ?? null}::timestamptz)
         and (${q.to ?? null}::timestamptz is null or retracted_at <= ${q.to ?? null}::timestamptz)
         and (${after ? 1 : null}::int is null or (retracted_at, retraction_id) > (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
       order by retracted_at, retraction_id
       limit ${q.limit + 1}`.execute(this.db);
    const p = page(rows, q.limit, (r) => [new Date(r.retractedAt).toISOString(), r.id]);
    return { items: p.items.map((r) => ({ ...r, claimedAt: new Date(r.claimedAt).toISOString(), retractedAt: new Date(r.retractedAt).toISOString() })), nextCursor: p.nextCursor };
  }
}
