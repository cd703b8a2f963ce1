import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Only a SHA-256 of each key is kept; keys are 256-bit random, so a slow hash adds nothing.
  await sql`
    create table api_keys (
      id uuid primary key,
      name text not null,
      role text not null check (role in ('reporter', 'analyst', 'admin')),
      key_hash bytea not null unique,
      created_at timestamptz not null default now(),
      created_by text,
      revoked_at timestamptz
    )`.execute(db);

  // One row per (key, Idempotency-Key); the completed response is written in the same
  // transaction as the events it reports, so a replay can never disagree with the log.
  await sql`
    create table idempotency_keys (
      key_id text not null,
      idempotency_key text not null,
      fingerprint text not null,
      state text not null check (state in ('in_flight', 'completed')),
      response_status integer,
      response_body jsonb,
      response_headers jsonb,
      created_at timestamptz not null default clock_timestamp(),
      completed_at timestamptz,
      primary key (key_id, idempotency_key)
    )`.execute(db);
  await sql`create index idempotency_keys_created_idx on idempotency_keys (created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists idempotency_keys`.execute(db);
  await sql`drop table if exists api_keys`.execute(db);
}
