import { sql, type Kysely } from 'kysely';
import { nameKey } from '@app/domain';

/** Current names of groups, from the reservation table the writes keep in step. */
export async function groupNamesOf(db: Kysely<any>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql<{ group_id: string; name: string }>`
    select group_id::text, name from group_names where group_id = any(${[...new Set(ids)]}::uuid[]) and not is_alias`.execute(db);
  return new Map(rows.map((r) => [r.group_id, r.name]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A group filter given as id, name or alias; null when nothing matches. */
export async function resolveGroupFilter(db: Kysely<any>, ref: string): Promise<string | null> {
  const t = ref.trim();
  if (UUID.test(t)) return t.toLowerCase();
  const { rows } = await sql<{ group_id: string }>`
    select group_id::text from group_names where name_key = ${nameKey(t)} limit 1`.execute(db);
  return rows[0]?.group_id ?? null;
}
