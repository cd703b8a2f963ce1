import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// The `statements` projection: one row per statement (the fold as `state`, plus what the list
// filters and sorts on) and one row per subject it is about. `made_at` is kept as given (a partial
// date or a time) and as the widest moments it allows, so a from/to filter is a range overlap on
// an index, like incidents' occurred_earliest/latest. The app role gets its rights like on every
// table: ensureAppRole grants after each migration.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table rm_statements (
      statement_id uuid primary key,
      kind text not null,
      made_at text not null,
      made_earliest timestamptz not null,
      made_latest timestamptz not null,
      author_person_id uuid,
      author_group_id uuid,
      source_id uuid not null,
      verdict text,
      summary text not null,
      state jsonb not null,
      version integer not null,
      position bigint not null
    )`.execute(db);
  // The list's order (most recent first) and each filter with it.
  await sql`create index rm_statements_made_idx on rm_statements (made_earliest desc, statement_id desc)`.execute(db);
  await sql`
    create index rm_statements_author_person_idx on rm_statements (author_person_id, made_earliest desc)
     where author_person_id is not null`.execute(db);
  await sql`
    create index rm_statements_author_group_idx on rm_statements (author_group_id, made_earliest desc)
     where author_group_id is not null`.execute(db);
  await sql`create index rm_statements_source_idx on rm_statements (source_id)`.execute(db);
  await sql`create index rm_statements_kind_idx on rm_statements (kind, made_earliest desc)`.execute(db);
  await sql`create index rm_statements_verdict_idx on rm_statements (verdict, made_earliest desc)`.execute(db);

  await sql`
    create table rm_statement_subjects (
      statement_id uuid not null,
      subject_type text not null check (subject_type in ('group', 'person', 'incident')),
      subject_id uuid not null,
      primary key (statement_id, subject_type, subject_id)
    )`.execute(db);
  // `about=`: the statements about a group, a person or an incident.
  await sql`create index rm_statement_subjects_subject_idx on rm_statement_subjects (subject_id, statement_id)`.execute(
    db,
  );

  // A source's track record counts the claims it carried: the claims' source ids live only in the
  // incident fold (rm_claims has no source column), so index just those ids, not the whole state.
  await sql`
    create index rm_incidents_claim_sources_idx on rm_incidents
     using gin (jsonb_path_query_array(state, '$.claims[*].sourceIds[*]'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists rm_incidents_claim_sources_idx`.execute(db);
  await sql`drop table if exists rm_statement_subjects`.execute(db);
  await sql`drop table if exists rm_statements`.execute(db);
}
