import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Singleton followers (projections, the corroboration dispatcher, the ledger sealer) run under a
// lease a holder renews by heartbeat; a lease whose expires_at has passed may be taken by anyone.
// `token` is new at every acquisition: a batch commits only while the row still carries its token
// (the fence), so a holder that was paused and resumed can never commit after a takeover.
// Members advertise which followers they can run, so live workers can share them out.
// The app role gets its rights here like on every table: ensureAppRole grants after each migration.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table follower_leases (
      name text primary key,
      holder text not null,
      token text not null,
      acquired_at timestamptz not null,
      heartbeat_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
  await sql`
    create table follower_members (
      holder text primary key,
      names text[] not null,
      heartbeat_at timestamptz not null,
      expires_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists follower_members`.execute(db);
  await sql`drop table if exists follower_leases`.execute(db);
}
