import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { embeddedPostgresUrl, startEmbeddedPostgres } from './embedded-postgres.js';

/** The port `npm start` gives the embedded server unless EMBEDDED_PG_PORT says otherwise. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;

export function embeddedPgPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EMBEDDED_PG_PORT;
  if (raw === undefined || raw === '') return DEFAULT_EMBEDDED_PG_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`EMBEDDED_PG_PORT must be a port number (1–65535), got ${JSON.stringify(raw)}`);
  return port;
}

/** Where the launcher keeps the embedded cluster. */
export const embeddedDatabaseDir = (dataDir: string) => path.resolve(dataDir, 'postgres');

export interface EmbeddedPostgresTarget {
  url: string;
  port: number;
  databaseDir: string;
  /** True when this process started the server (and stop() stops it); false when it was running. */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** postmaster.pid holds the postmaster's pid on its first line and its port on the fourth. */
export async function readPostmasterPid(databaseDir: string): Promise<{ pid: number; port: number } | null> {
  let text: string;
  try {
    text = await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 ? { pid, port } : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is just not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Connects with the embedded credentials; creates the claimtrail database if the server lacks it. */
async function connectable(port: number): Promise<void> {
  const client = new pg.Client({
    connectionString: embeddedPostgresUrl(port, 'postgres'),
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    const { rowCount } = await client.query(`select 1 from pg_database where datname = 'claimtrail'`);
    if (!rowCount) await client.query('create database claimtrail');
  } finally {
    await client.end();
  }
}

/** The embedded server running on DATA_DIR's cluster (started by `npm start` or another command), if any. */
export async function findRunningEmbeddedPostgres(
  dataDir: string,
): Promise<{ url: string; port: number; pid: number } | null> {
  const lock = await readPostmasterPid(embeddedDatabaseDir(dataDir));
  // A lock file left by a crash names a dead pid: nothing runs, and postgres clears it on start.
  if (!lock || !processAlive(lock.pid)) return null;
  try {
    await connectable(lock.port);
  } catch (err) {
    throw new Error(
      `a PostgreSQL server (pid ${lock.pid}, port ${lock.port}) holds ${embeddedDatabaseDir(dataDir)} ` +
        `but does not answer: ${(err as Error).message}`,
    );
  }
  return { url: embeddedPostgresUrl(lock.port, 'claimtrail'), port: lock.port, pid: lock.pid };
}

/**
 * The embedded database of DATA_DIR for a one-off command: the running server when there is one
 * (left running), else one started here (initialised first when the folder is new) that stop()
 * shuts down again.
 */
export async function openEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (m: string) => void,
): Promise<EmbeddedPostgresTarget> {
  const databaseDir = embeddedDatabaseDir(dataDir);
  const running = await findRunningEmbeddedPostgres(dataDir);
  if (running)
    return { url: running.url, port: running.port, databaseDir, startedHere: false, stop: async () => undefined };
  try {
    const handle = await startEmbeddedPostgres(dataDir, port, log);
    return { url: handle.url, port, databaseDir, startedHere: true, stop: () => handle.stop() };
  } catch (err) {
    // Another command may have started it a moment ago.
    const raced = await findRunningEmbeddedPostgres(dataDir).catch(() => null);
    if (raced)
      return { url: raced.url, port: raced.port, databaseDir, startedHere: false, stop: async () => undefined };
    // embedded-postgres rejects with nothing when the server exits during start-up.
    throw err instanceof Error
      ? err
      : new Error(`the server exited during start-up (is port ${port} taken? its log is not kept; try 'npm start')`);
  }
}
