import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Person names and aliases are unique across persons, by personNameKey (NFKC, format characters
  // removed, case-insensitive). Written in the same transaction as the person's events; the log
  // stays the truth and this can be rebuilt from it. The app role gets its rights like on every
  // table: ensureAppRole grants after each migration.
  await sql`
    create table person_names (
      name_key text primary key,
      name text not null,
      person_id uuid not null,
      is_alias boolean not null,
      recorded_at timestamptz not null default clock_timestamp()
    )`.execute(db);
  await sql`create index person_names_person_idx on person_names (person_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists person_names`.execute(db);
}
