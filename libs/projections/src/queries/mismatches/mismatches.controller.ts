import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRead } from '@app/domain';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { READ_KYSELY } from '@app/runtime';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, page, timeParamSchema } from '../shared/cursor.js';
import { MismatchesResponse } from './mismatches.response.js';

const MismatchQuery = z.strictObject({
  from: timeParamSchema.optional(),
  to: timeParamSchema.optional(),
  cursor: cursorSchema(z.tuple([cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});

/** Incidents whose active claimants and standing analyst attributions name different groups. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('v1/analytics')
export class MismatchesController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get('claim-attribution-mismatches')
  @ApiOperation({ summary: 'Incidents claimed by one group and attributed to another' })
  @ApiRead(MismatchesResponse, 'A page of mismatched incidents')
  async list(@Query({ schema: MismatchQuery }) q: z.infer<typeof MismatchQuery>): Promise<MismatchesResponse> {
    const after = q.cursor ?? null;
    const { rows } = await sql<{ incidentId: string; claimedBy: string[]; attributedTo: string[] }>`
      with c as (select incident_id, array_agg(distinct group_id::text order by group_id::text) as g from rm_claims where status = 'active' group by incident_id),
           a as (select incident_id, array_agg(distinct group_id::text order by group_id::text) as g from rm_attributions where not withdrawn group by incident_id)
      select i.incident_id::text as "incidentId", c.g as "claimedBy", a.g as "attributedTo"
        from rm_incidents i join c using (incident_id) join a using (incident_id)
       where c.g <> a.g
         and (${q.from ?? null}::timestamptz is null or i.occurred_latest >= ${q.from ?? null}::timestamptz)
         and (${q.to ?? null}::timestamptz is null or i.occurred_earliest <= ${q.to ?? null}::timestamptz)
         and (${after?.[0] ?? null}::uuid is null or i.incident_id > ${after?.[0] ?? null}::uuid)
       order by i.incident_id
       limit ${q.limit + 1}`.execute(this.db);
    return page(rows, q.limit, (r) => [r.incidentId]);
  }
}
