import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { KYSELY } from '@app/runtime';
import { ConflictError, NotFoundError } from '../shared/domain-errors.js';
import { nameKey } from '../shared/names.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;


export interface GroupRef {
  id: string;
  name: string;
}

/**
 * Cross-stream look-ups the commands need before deciding: which group a name or alias means,
 * whether a source or incident exists. Reads the log's `streams` table and the name reservations.
 */
@Injectable()
export class DirectoryRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<any>) {}

  /** A group named by id, name or alias (case-insensitive); unknown → 422 naming `field`. */
  async resolveGroup(ref: string, field: string): Promise<GroupRef> {
    const trimmed = ref.trim();
    if (UUID.test(trimmed)) {
      const { rows } = await sql<{ name: string }>`
        select name from group_names where group_id = ${trimmed.toLowerCase()} and not is_alias limit 1`.execute(this.db);
      if (rows[0]) return { id: trimmed.toLowerCase(), name: rows[0].name };
    }
    const { rows } = await sql<{ group_id: string; name: string }>`
      select n.group_id, p.name from group_names n
        join group_names p on p.group_id = n.group_id and not p.is_alias
       where n.name_key = ${nameKey(trimmed)} limit 1`.execute(this.db);
    if (!rows[0]) throw new NotFoundError('group', trimmed, field);
    return { id: rows[0].group_id, name: rows[0].name };
  }

  /**
   * The references of an incident command in one round trip, failing in the order a client reads
   * them: the incident in the path (404), then the group and the sources in the body (422).
   */
  async checkIncidentRefs<G extends { ref: string; field: string } | undefined = undefined>(refs: {
    incidentId: string;
    group?: G;
    sources?: Array<{ id: string | null | undefined; field: string }>;
  }): Promise<{ group: G extends object ? GroupRef : undefined }> {
    const sources = (refs.sources ?? []).filter((x): x is { id: string; field: string } => x.id != null);
    const sourceIds = sources.map((x) => `source-${x.id.toLowerCase()}`);
    const ref = refs.group?.ref.trim();
    const asId = ref && UUID.test(ref) ? ref.toLowerCase() : null;
    const { rows } = await sql<{ incident: boolean; group_id: string | null; group_name: string | null; sources: string[] }>`
      select exists (select 1 from streams where stream_id = ${`incident-${refs.incidentId.toLowerCase()}`}) as incident,
             g.group_id::text as group_id, g.name as group_name,
             array(select stream_id from streams where stream_id = any(${sourceIds}::text[])) as sources
        from (select 1) one
        left join lateral (
          select n.group_id, p.name from group_names n
            join group_names p on p.group_id = n.group_id and not p.is_alias
           where ${ref ?? null}::text is not null
             and (n.group_id = ${asId}::uuid or n.name_key = ${ref == null ? null : nameKey(ref)})
           order by n.group_id = ${asId}::uuid desc nulls last
           limit 1) g on true`.execute(this.db);
    const row = rows[0];
    if (!row.incident) throw new NotFoundError('incident', refs.incidentId);
    let group: GroupRef | undefined;
    if (refs.group) {
      if (!row.group_id) throw new NotFoundError('group', ref!, refs.group.field);
      group = { id: row.group_id, name: row.group_name! };
    }
    const found = new Set(row.sources);
    const missing = sourceIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new NotFoundError('source', sources[missing].id, sources[missing].field);
    return { group } as { group: G extends object ? GroupRef : undefined };
  }

  async streamExists(streamId: string): Promise<boolean> {
    const { rows } = await sql`select 1 from streams where stream_id = ${streamId}`.execute(this.db);
    return rows.length > 0;
  }

  /** 404 for an unknown id in the path. */
  async requireStream(streamId: string, what: string, id: string): Promise<void> {
    if (!(await this.streamExists(streamId))) throw new NotFoundError(what, id);
  }

  /** The incident a review belongs to (reviews live in their incident's stream). */
  async incidentOfReview(reviewId: string): Promise<string> {
    const { rows } = await sql<{ stream_id: string }>`
      select stream_id from events where type = 'ReviewRequested' and data->>'reviewId' = ${reviewId} limit 1`.execute(this.db);
    if (!rows[0]) throw new NotFoundError('review', reviewId);
    return rows[0].stream_id.slice('incident-'.length);
  }

  async requireSource(id: string | null | undefined, field: string): Promise<void> {
    if (id == null) return;
    if (!(await this.streamExists(`source-${id.toLowerCase()}`))) throw new NotFoundError('source', id, field);
  }

  async requireSources(ids: string[] | undefined, field: string): Promise<void> {
    if (!ids?.length) return;
    const { rows } = await sql<{ stream_id: string }>`
      select stream_id from streams where stream_id = any(${ids.map((i) => `source-${i.toLowerCase()}`)})`.execute(this.db);
    const found = new Set(rows.map((r) => r.stream_id));
    const i = ids.findIndex((id) => !found.has(`source-${id.toLowerCase()}`));
    if (i >= 0) throw new NotFoundError('source', ids[i], `${field}.${i}`);
  }

  async requireIncident(id: string, field: string): Promise<void> {
    if (!(await this.streamExists(`incident-${id.toLowerCase()}`))) throw new NotFoundError('incident', id, field);
  }

  /** Names already held by another group (checked before deciding, for a clear message). */
  async takenNames(names: string[], exceptGroupId?: string): Promise<string[]> {
    if (!names.length) return [];
    const { rows } = await sql<{ name: string }>`
      select name from group_names where name_key = any(${names.map(nameKey)})
         and (${exceptGroupId ?? null}::uuid is null or group_id <> ${exceptGroupId ?? null}::uuid)`.execute(this.db);
    return rows.map((r) => r.name);
  }

  /** Reserves names in the command's transaction; a race lost to another group is a 409. */
  async reserveNames(trx: Kysely<any>, groupId: string, given: Array<{ name: string; isAlias: boolean }>, field: string): Promise<void> {
    const names = [...new Map(given.map((n) => [nameKey(n.name), n])).values()];
    if (!names.length) return;
    try {
      await sql`
        insert into group_names (name_key, name, group_id, is_alias)
        select * from unnest(${names.map((n) => nameKey(n.name))}::text[], ${names.map((n) => n.name)}::text[],
                             ${names.map(() => groupId)}::uuid[], ${names.map((n) => n.isAlias)}::boolean[])
        on conflict (name_key) do update set name_key = excluded.name_key where group_names.group_id = excluded.group_id`.execute(trx);
    } catch (err) {
      if ((err as { code?: string }).code === '23505' || (err as { code?: string }).code === '21000') {
        throw new ConflictError('name_taken', `A name or alias in ${field} is already used by another group`, { field });
      }
      throw err;
    }
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from group_names where name_key = any(${names.map((n) => nameKey(n.name))}) and group_id = ${groupId}`.execute(trx);
    if (rows[0].n < new Set(names.map((n) => nameKey(n.name))).size) {
      throw new ConflictError('name_taken', `A name or alias in ${field} is already used by another group`, { field });
    }
  }
}
