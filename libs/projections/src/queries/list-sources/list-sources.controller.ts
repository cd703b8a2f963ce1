import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRead, type Reliability, type SourceKind, type SourceRating } from '@app/domain';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { READ_KYSELY } from '@app/runtime';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, page } from '../shared/cursor.js';
import { ListSourcesResponse } from './list-sources.response.js';

const SourcesQuery = z.strictObject({ cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])), limit: limitSchema(500, 100), minPosition: minPositionSchema });

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class ListSourcesController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get()
  @ApiOperation({ summary: 'Sources with their current Admiralty reliability' })
  @ApiRead(ListSourcesResponse, 'A page of sources by name')
  async list(@Query({ schema: SourcesQuery }) q: z.infer<typeof SourcesQuery>): Promise<ListSourcesResponse> {
    const after = q.cursor ?? null;
    const { rows } = await sql<{ id: string; name: string; kind: SourceKind; reliability: Reliability; ratings: SourceRating[] }>`
      select source_id::text as id, name, kind, reliability, state->'ratings' as ratings from rm_sources
       where (${after ? 1 : null}::int is null or (lower(name), source_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
       order by lower(name), source_id
       limit ${q.limit + 1}`.execute(this.db);
    return page(rows, q.limit, (r) => [r.name.toLowerCase(), r.id]);
  }
}
