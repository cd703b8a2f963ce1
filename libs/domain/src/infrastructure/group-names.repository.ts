import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { KYSELY } from '@app/runtime';
import { ConflictError } from '../shared/domain-errors.js';
import { nameKey } from '../shared/names.js';
import type { Database } from '@app/event-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GroupRef {
  id: string;
  name: string;
}

/** What a reference means for caching: an id as written (lower case), a name or alias by its name key. */
export function groupRefKey(ref: string): string {
  const t = ref.trim();
  return UUID.test(t) ? `id:${t.toLowerCase()}` : `name:${nameKey(t)}`;
}

/** A group as exports list it: primary name, aliases in the order they were recorded, stream dates, kind. */
export interface GroupRecord {
  group_id: string;
  name: string;
  aliases: string[] | null;
  kind: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The group a reference means (id, or a name or alias compared by name key), as a lateral
 * subquery yielding (group_id, name) or no row: for look-ups that must stay one round trip.
 */
export function groupByRef(ref: string | null): RawBuilder<{ group_id: string; name: string }> {
  const asId = ref && UUID.test(ref) ? ref.toLowerCase() : null;
  return sql`(
    select n.group_id, p.name from group_names n
      join group_names p on p.group_id = n.group_id and not p.is_alias
     where ${ref}::text is not null
       and (n.group_id = ${asId}::uuid or n.name_key = ${ref == null ? null : nameKey(ref)})
     order by n.group_id = ${asId}::uuid desc nulls last
     limit 1)`;
}

/**
 * The one place that reads and writes `group_names`, the reservation table of group names and
 * aliases that the writes keep in step with the group streams (unique by name key).
 */
@Injectable()
export class GroupNamesRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /** Primary names of these groups (unknown ids are left out). */
  async primaryNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom('group_names')
      .select(['group_id', 'name'])
      .where('group_id', '=', sql<string>`any(${[...new Set(ids)]}::uuid[])`)
      .where('is_alias', '=', false)
      .execute();
    return new Map(rows.map((r) => [r.group_id, r.name]));
  }

  /** The group named by id, name or alias (case-insensitive); null when none. */
  async resolve(ref: string): Promise<GroupRef | null> {
    const trimmed = ref.trim();
    if (UUID.test(trimmed)) {
      const { rows } = await sql<{ name: string }>`
        select name from group_names where group_id = ${trimmed.toLowerCase()} and not is_alias limit 1`.execute(
        this.db,
      );
      if (rows[0]) return { id: trimmed.toLowerCase(), name: rows[0].name };
    }
    const { rows } = await sql<{ group_id: string; name: string }>`
      select n.group_id, p.name from group_names n
        join group_names p on p.group_id = n.group_id and not p.is_alias
       where n.name_key = ${nameKey(trimmed)} limit 1`.execute(this.db);
    return rows[0] ? { id: rows[0].group_id, name: rows[0].name } : null;
  }

  /** A filter given as id (taken as is), name or alias; null when no group has the name. */
  async idOf(ref: string): Promise<string | null> {
    const t = ref.trim();
    if (UUID.test(t)) return t.toLowerCase();
    const row = await this.db
      .selectFrom('group_names')
      .select('group_id')
      .where('name_key', '=', nameKey(t))
      .limit(1)
      .executeTakeFirst();
    return row?.group_id ?? null;
  }

  /** Name key → group id, for the keys some group holds. */
  async holders(keys: string[]): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows = await this.db
      .selectFrom('group_names')
      .select(['name_key', 'group_id'])
      .where('name_key', '=', sql<string>`any(${keys}::text[])`)
      .execute();
    return new Map(rows.map((r) => [r.name_key, r.group_id]));
  }

  /** Names already held by another group (checked before deciding, for a clear message). */
  async taken(names: string[], exceptGroupId?: string): Promise<string[]> {
    if (!names.length) return [];
    const { rows } = await sql<{ name: string }>`
      select name from group_names where name_key = any(${names.map(nameKey)})
         and (${exceptGroupId ?? null}::uuid is null or group_id <> ${exceptGroupId ?? null}::uuid)`.execute(this.db);
    return rows.map((r) => r.name);
  }

  /** Reserves names in the command's transaction; a race lost to another group is a 409 naming `field`. */
  async reserve(
    trx: Kysely<Database>,
    groupId: string,
    given: Array<{ name: string; isAlias: boolean }>,
    field: string,
  ): Promise<void> {
    const names = [...new Map(given.map((n) => [nameKey(n.name), n])).values()];
    if (!names.length) return;
    try {
      await sql`
        insert into group_names (name_key, name, group_id, is_alias)
        select * from unnest(${names.map((n) => nameKey(n.name))}::text[], ${names.map((n) => n.name)}::text[],
                             ${names.map(() => groupId)}::uuid[], ${names.map((n) => n.isAlias)}::boolean[])
        on conflict (name_key) do update set name_key = excluded.name_key
         where group_names.group_id = excluded.group_id`.execute(trx);
    } catch (err) {
      if ((err as { code?: string }).code === '23505' || (err as { code?: string }).code === '21000') {
        throw new ConflictError('name_taken', `A name or alias in ${field} is already used by another group`, {
          field,
        });
      }
      throw err;
    }
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from group_names
       where name_key = any(${names.map((n) => nameKey(n.name))}) and group_id = ${groupId}`.execute(trx);
    if (rows[0].n < new Set(names.map((n) => nameKey(n.name))).size) {
      throw new ConflictError('name_taken', `A name or alias in ${field} is already used by another group`, { field });
    }
  }

  /**
   * Every group (or only these) by id, with its names, stream dates and kind; groups without a
   * primary name are left out.
   */
  async records(only: string[] | null): Promise<GroupRecord[]> {
    const { rows } = await sql<GroupRecord>`
      select n.group_id::text as group_id,
             max(n.name) filter (where not n.is_alias) as name,
             array_agg(n.name order by n.recorded_at, n.name) filter (where n.is_alias) as aliases,
             s.created_at, s.updated_at, max(g.kind) as kind
        from group_names n
        join streams s on s.stream_id = 'group-' || n.group_id::text
        left join rm_groups g on g.group_id = n.group_id
       where (${only}::uuid[] is null or n.group_id = any(${only}::uuid[]))
       group by n.group_id, s.created_at, s.updated_at
       order by n.group_id`.execute(this.db);
    return rows.filter((r) => r.name !== null);
  }
}
