import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Group names and aliases are unique across groups, case-insensitively. Written in the same
  // transaction as the group's events; the log stays the truth and this can be rebuilt from it.
  await sql`
    create table group_names (
      name_key text primary key,
      name text not null,
      group_id uuid not null,
      is_alias boolean not null,
      recorded_at timestamptz not null default clock_timestamp()
    )`.execute(db);
  await sql`create index group_names_group_idx on group_names (group_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists group_names`.execute(db);
}
