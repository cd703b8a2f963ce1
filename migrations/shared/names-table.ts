import { sql, type Kysely } from 'kysely';

// Frozen with 0003 (group names) and 0012 (person names), which create their tables through it: a
// later names table of another shape writes its own text instead of editing this.

/**
 * `<kind>_names`: one row per name or alias of a `<kind>`, unique by its name key. Written in the
 * same transaction as the stream's events; the log stays the truth and this can be rebuilt from it.
 */
export async function createNamesTable(db: Kysely<any>, kind: 'group' | 'person'): Promise<void> {
  const table = sql.raw(`${kind}_names`);
  await sql`
    create table ${table} (
      name_key text primary key,
      name text not null,
      ${sql.raw(`${kind}_id`)} uuid not null,
      is_alias boolean not null,
      recorded_at timestamptz not null default clock_timestamp()
    )`.execute(db);
  await sql`create index ${sql.raw(`${kind}_names_${kind}_idx`)} on ${table} (${sql.raw(`${kind}_id`)})`.execute(db);
}
