import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// follower_failures: a follower (projection, dispatcher) whose batch keeps failing records the event
// it stops at, so /health, /metrics and the admin read see it from any process.
// parked_events: events an admin told a follower to skip (with why, who and when); the live runner
// and every rebuild leave them out until they are unparked.
// deployment_identity: one random id per database, created with it: the default queue prefix derives
// from it, so two deployments sharing one Redis never take each other's jobs.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table follower_failures (
      name text primary key,
      position bigint not null,
      event_id uuid,
      event_type text,
      error text not null,
      since timestamptz not null default now(),
      last_at timestamptz not null default now(),
      attempts integer not null default 1
    )`.execute(db);
  await sql`
    create table parked_events (
      follower text not null,
      event_id uuid not null,
      position bigint not null,
      event_type text not null,
      reason text not null,
      actor jsonb not null,
      parked_at timestamptz not null default now(),
      primary key (follower, event_id)
    )`.execute(db);
  await sql`
    create table deployment_identity (
      one boolean primary key default true check (one),
      id uuid not null default gen_random_uuid(),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`insert into deployment_identity default values`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists deployment_identity`.execute(db);
  await sql`drop table if exists parked_events`.execute(db);
  await sql`drop table if exists follower_failures`.execute(db);
}
