import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { migrations } from '../../../migrations/index.js';
import type { Database } from './schema/database.generated.js';

class StaticProvider implements MigrationProvider {
  constructor(private readonly all: Record<string, Migration>) {}
  async getMigrations() {
    return this.all;
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Runs pending migrations as the owner connection, then makes sure the app role exists with
 * INSERT and SELECT only on `events` (full use of the other tables). Safe to run on every start
 * and from several processes at once (an advisory lock serialises them).
 */
export async function migrateToLatest(owner: Kysely<Database>, appRole?: string): Promise<string[]> {
  return owner.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext('claimtrail:migrate'))`.execute(conn);
    try {
      const migrator = new Migrator({ db: conn, provider: new StaticProvider(migrations) });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error;
      if (appRole) await ensureAppRole(conn, appRole);
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } finally {
      await sql`select pg_advisory_unlock(hashtext('claimtrail:migrate'))`.execute(conn);
    }
  });
}

export async function ensureAppRole(db: Kysely<Database>, role: string): Promise<void> {
  if (!IDENTIFIER.test(role)) throw new Error(`invalid role name: ${role}`);
  const r = sql.raw(role);
  // Roles are cluster-wide: several claimtrail databases on one server share it, each granting its own tables.
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = ${sql.lit(role)}) then
        begin
          create role ${r} nologin;
        exception when duplicate_object then null;
        end;
      end if;
    end $$`.execute(db);
  // The login role must be able to SET ROLE to it (a no-op for superusers).
  await sql`
    do $$ begin
      if not pg_has_role(current_user, ${sql.lit(role)}, 'member') then
        execute format('grant %I to %I', ${sql.lit(role)}, current_user);
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to ${r}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to ${r}`.execute(db);
  await sql`grant usage, select on all sequences in schema public to ${r}`.execute(db);
  await sql`grant execute on all functions in schema public to ${r}`.execute(db);
  // The log is append-only for the app: corrections are new events.
  await sql`revoke update, delete, truncate on events from ${r}`.execute(db);
  await sql`revoke update, delete, truncate on ledger_seals from ${r}`.execute(db);
  await sql`revoke update, delete, truncate on kysely_migration, kysely_migration_lock from ${r}`.execute(db);
}
