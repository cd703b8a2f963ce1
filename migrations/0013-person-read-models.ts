import { sql, type Kysely } from 'kysely';
import { createDirectoryModel } from './shared/directory-model.js';

// Frozen: later changes go into new migrations, never here.
// The `persons` projection: one row per person (the fold as `state`, plus what lists filter and
// sort on) and one row per affiliation, withdrawn ones included. An affiliation's partial dates are
// kept as given (`*_text`) and as the widest moments they allow: `valid_from` the earliest start,
// `valid_to` the latest end (null: open), so "may it have held at t" is a range test on an index.
// The app role gets its rights like on every table: ensureAppRole grants after each migration.
export async function up(db: Kysely<any>): Promise<void> {
  await createDirectoryModel(db, 'person', [
    "aliases text[] not null default '{}'",
    'summary text',
    'status text',
    'search text not null',
  ]);

  await sql`
    create table rm_person_affiliations (
      affiliation_id uuid primary key,
      person_id uuid not null,
      group_id uuid not null,
      role text not null,
      valid_from timestamptz,
      valid_to timestamptz,
      valid_from_text text not null,
      valid_to_text text,
      end_reason text,
      to_group_id uuid,
      withdrawn boolean not null,
      confidence integer,
      source_id uuid
    )`.execute(db);
  await sql`create index rm_person_affiliations_person_idx on rm_person_affiliations (person_id)`.execute(db);
  // A group's leadership on a date, and the persons list's group/role filter.
  await sql`
    create index rm_person_affiliations_group_role_idx on rm_person_affiliations (group_id, role, valid_from, valid_to)
     where not withdrawn`.execute(db);
  await sql`
    create index rm_person_affiliations_role_idx on rm_person_affiliations (role, valid_from, valid_to)
     where not withdrawn`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists rm_person_affiliations`.execute(db);
  await sql`drop table if exists rm_persons`.execute(db);
}
