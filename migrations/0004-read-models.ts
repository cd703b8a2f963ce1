import { sql, type Kysely } from 'kysely';
import { createDirectoryModel } from './shared/directory-model.js';

// Frozen: later changes go into new migrations, never here.
// Read models are derived from the log; a rebuild replays them into shadow copies and swaps.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table rm_incidents (
      incident_id uuid primary key,
      state jsonb not null,
      status text not null,
      competing boolean not null,
      country text,
      occurred_earliest timestamptz,
      occurred_latest timestamptz,
      group_ids uuid[] not null default '{}',
      duplicate_of uuid,
      version integer not null,
      position bigint not null
    )`.execute(db);
  await sql`create index rm_incidents_occurred_idx on rm_incidents (occurred_earliest desc, incident_id desc)`.execute(
    db,
  );
  await sql`create index rm_incidents_groups_idx on rm_incidents using gin (group_ids)`.execute(db);

  await sql`
    create table rm_claims (
      claim_id uuid primary key,
      incident_id uuid not null,
      group_id uuid not null,
      status text not null,
      assessment text,
      claimed_at timestamptz not null,
      retracted_at timestamptz,
      retraction_id uuid,
      retraction_source_id uuid,
      retraction_reason text
    )`.execute(db);
  await sql`create index rm_claims_incident_idx on rm_claims (incident_id)`.execute(db);
  await sql`create index rm_claims_group_idx on rm_claims (group_id, claimed_at)`.execute(db);
  await sql`
    create index rm_claims_retracted_idx on rm_claims (retracted_at, retraction_id)
     where retracted_at is not null`.execute(db);

  await sql`
    create table rm_denials (
      denial_id uuid primary key,
      incident_id uuid not null,
      group_id uuid not null,
      denied_at timestamptz not null,
      contradicts_claim_id uuid
    )`.execute(db);
  await sql`create index rm_denials_incident_idx on rm_denials (incident_id)`.execute(db);
  await sql`create index rm_denials_group_idx on rm_denials (group_id, denied_at)`.execute(db);

  await sql`
    create table rm_attributions (
      attribution_id uuid primary key,
      incident_id uuid not null,
      group_id uuid not null,
      confidence integer not null,
      withdrawn boolean not null,
      incident_period text,
      occurred_earliest timestamptz,
      occurred_latest timestamptz
    )`.execute(db);
  await sql`create index rm_attributions_incident_idx on rm_attributions (incident_id)`.execute(db);
  await sql`create index rm_attributions_group_idx on rm_attributions (group_id)`.execute(db);

  await sql`
    create table rm_reviews (
      review_id uuid primary key,
      incident_id uuid not null,
      claim_id uuid not null,
      status text not null,
      opened_at timestamptz,
      escalated_at timestamptz,
      resolved_at timestamptz,
      decision text,
      verdict text,
      score integer
    )`.execute(db);
  await sql`create index rm_reviews_status_idx on rm_reviews (status, opened_at, review_id)`.execute(db);

  await createDirectoryModel(db, 'group', [
    "aliases text[] not null default '{}'",
    'kind text',
    'search text not null',
  ]);

  await createDirectoryModel(db, 'source', ['kind text not null', 'reliability text not null']);

  await sql`
    create table projection_rebuilds (
      id uuid primary key,
      projection text not null,
      status text not null check (status in ('running', 'succeeded', 'failed')),
      started_at timestamptz not null default clock_timestamp(),
      finished_at timestamptz,
      events bigint not null default 0,
      events_per_second double precision,
      drift jsonb,
      error text,
      trigger text
    )`.execute(db);
  await sql`
    create index projection_rebuilds_projection_idx on projection_rebuilds (projection, started_at desc)`.execute(db);
  // At most one running rebuild per projection, across every worker.
  await sql`
    create unique index projection_rebuilds_running_idx on projection_rebuilds (projection)
     where status = 'running'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'projection_rebuilds',
    'rm_sources',
    'rm_groups',
    'rm_reviews',
    'rm_attributions',
    'rm_denials',
    'rm_claims',
    'rm_incidents',
  ]) {
    await sql.raw(`drop table if exists ${t}`).execute(db);
  }
}
