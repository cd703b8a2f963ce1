import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createDatabase, migrateToLatest, withDatabaseName, type DatabaseHandle } from '@app/event-store';

/** Server the tests create their private databases on (owner or superuser). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const APP_ROLE = process.env.DATABASE_APP_ROLE ?? 'claimtrail_app';

export interface TestDatabase {
  name: string;
  /** Owner connection URL of the private database. */
  url: string;
  owner: DatabaseHandle;
  /** Sessions under the restricted app role, as the running app uses. */
  app: DatabaseHandle;
  drop(): Promise<void>;
}

/** A fresh, migrated database per test file, so files can run in parallel. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `ct_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabaseName(TEST_SERVER_URL, name);
  const owner = createDatabase({ url, poolMax: 4, applicationName: 'claimtrail-test-owner' });
  await migrateToLatest(owner.db, APP_ROLE);
  const app = createDatabase({ url, role: APP_ROLE, poolMax: 20, applicationName: 'claimtrail-test-app' });
  return {
    name,
    url,
    owner,
    app,
    async drop() {
      await app.close();
      await owner.close();
      const c = new pg.Client({ connectionString: TEST_SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function countEvents(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from events`.execute(db);
  return rows[0].n;
}
