import { sql, type Kysely } from 'kysely';
import type { Reliability, SourceKind, SourceRating } from '@app/domain';
import { page } from '../shared/cursor.js';
import type { ListSourcesQueryParams } from './list-sources.schema.js';
import type { ListSourcesResponse } from './list-sources.response.js';
import type { Database } from '@app/event-store';

/** Sources by name (case-insensitive), keyset-paged, with their current reliability and ratings. */
export async function listSources(db: Kysely<Database>, q: ListSourcesQueryParams): Promise<ListSourcesResponse> {
  const after = q.cursor ?? null;
  const { rows } = await sql<{
    id: string;
    name: string;
    kind: SourceKind;
    reliability: Reliability;
    ratings: SourceRating[];
  }>`
    select source_id::text as id, name, kind, reliability, state->'ratings' as ratings from rm_sources
     where (${after ? 1 : null}::int is null
            or (lower(name), source_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
     order by lower(name), source_id
     limit ${q.limit + 1}`.execute(db);
  return page(rows, q.limit, (r) => [r.name.toLowerCase(), r.id]);
}
