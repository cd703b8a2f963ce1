import { sql, type Kysely } from 'kysely';

// Frozen with 0004 (groups, sources) and 0013 (persons), which create their tables through it: a
// later read model of another shape writes its own text instead of editing this.

/**
 * `rm_<kind>s`: one row per stream of a directory (its id, its name, the columns lists filter on,
 * the fold as `state`, its version and position), listed by name.
 */
export async function createDirectoryModel(
  db: Kysely<any>,
  kind: 'group' | 'source' | 'person',
  columns: string[],
): Promise<void> {
  const table = sql.raw(`rm_${kind}s`);
  const id = sql.raw(`${kind}_id`);
  await sql`
    create table ${table} (
      ${id} uuid primary key,
      name text not null,
      ${sql.raw(columns.map((c) => `${c},`).join('\n      '))}
      state jsonb not null,
      version integer not null,
      position bigint not null
    )`.execute(db);
  await sql`create index ${sql.raw(`rm_${kind}s_name_idx`)} on ${table} (lower(name), ${id})`.execute(db);
}
