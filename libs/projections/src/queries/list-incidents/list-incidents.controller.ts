import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { ApiRead, RuleViolation, toCountryCode, type IncidentState } from '@app/domain';
import { READ_KYSELY } from '@app/runtime';
import { page } from '../shared/cursor.js';
import { resolveGroupFilter } from '../shared/group-names.js';
import { renderIncident } from '../shared/incident-view.js';
import { ListIncidentsQuerySchema, type ListIncidentsQueryParams } from './list-incidents.schema.js';
import { ListIncidentsResponse } from './list-incidents.response.js';

/** Most recent first; `from`/`to` keep incidents whose possible period overlaps the range. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class ListIncidentsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get()
  @ApiOperation({ summary: 'Incidents, filtered by group, status, country, period and competing claims; cursor pages' })
  @ApiRead(ListIncidentsResponse, 'A page of incidents, most recent first', { unprocessable: 'Unknown country' })
  async list(@Query({ schema: ListIncidentsQuerySchema }) q: ListIncidentsQueryParams): Promise<ListIncidentsResponse> {
    const country = q.country ? toCountryCode(q.country) : undefined;
    if (q.country && !country) throw new RuleViolation('country', `unknown country: ${q.country}`);
    const groupId = q.group ? await resolveGroupFilter(this.db, q.group) : undefined;
    if (q.group && !groupId) return { items: [], nextCursor: null };
    const after = q.cursor ?? null;
    const { rows } = await sql<{ incident_id: string; occurred_earliest: Date | null; state: IncidentState }>`
      select incident_id::text, occurred_earliest, state from rm_incidents
       where (${groupId ?? null}::uuid is null or group_ids @> array[${groupId ?? null}::uuid])
         and (${q.status ?? null}::text is null or status = ${q.status ?? null})
         and (${country ?? null}::text is null or country = ${country ?? null})
         and (${q.from ?? null}::timestamptz is null or occurred_latest >= ${q.from ?? null}::timestamptz)
         and (${q.to ?? null}::timestamptz is null or occurred_earliest <= ${q.to ?? null}::timestamptz)
         and (${q.competing ?? null}::boolean is null or competing = ${q.competing ?? null})
         and (${after ? 1 : null}::int is null or (coalesce(occurred_earliest, '-infinity'), incident_id) < (coalesce(${after?.[0] ?? null}::timestamptz, '-infinity'), ${after?.[1] ?? null}::uuid))
       order by coalesce(occurred_earliest, '-infinity') desc, incident_id desc
       limit ${q.limit + 1}`.execute(this.db);
    const p = page(rows, q.limit, (r) => [r.occurred_earliest ? new Date(r.occurred_earliest).toISOString() : null, r.incident_id]);
    return { items: await Promise.all(p.items.map((r) => renderIncident(this.db, r.state))), nextCursor: p.nextCursor };
  }
}
