import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DATABASE_TYPES_FILE,
  renderDatabaseTypes,
  renderSchema,
  SCHEMA_HASH_FILE,
  schemaHashLine,
} from '../../scripts/generate-db-types.mjs';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The committed `Database` interface is what kysely-codegen makes of the migrated schema: a
// migration without regenerated types fails here, and a renamed column fails `npm run typecheck`.
describe('Database types (libs/event-store/src/schema/database.generated.ts)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('db_types');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('match the migrated schema', async () => {
    const generated = await renderDatabaseTypes(t.url);
    const committed = readFileSync(DATABASE_TYPES_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(
        'libs/event-store/src/schema/database.generated.ts differs from the migrated schema: run npm run db:types',
      );
    }
    expect(generated).toMatch(/^export interface Database \{$/m);
    expect(generated).toMatch(/^export interface Events \{$/m);
  });

  // Landed migrations are frozen, and so is what they build from migrations/shared/: the hash of the
  // schema they create is committed, so an edit that changes it (not only a new migration) fails here.
  it('build the committed schema (migrations/schema.sha256)', async () => {
    const dumped = await renderSchema(t.url);
    expect(dumped).toMatch(/^function claimtrail_append\(p_stream_id text, .* v_inserted integer;/ms);
    expect(dumped).toMatch(/^column events\.transaction_id xid8 NO pg_current_xact_id\(\) NO$/m);
    expect(dumped).toMatch(
      /^index CREATE INDEX rm_groups_name_idx ON public\.rm_groups USING btree \(lower\(name\), group_id\)$/m,
    );
    if (readFileSync(SCHEMA_HASH_FILE, 'utf8') !== schemaHashLine(dumped)) {
      const file = path.join(tmpdir(), `claimtrail-schema-${process.pid}.sql`);
      writeFileSync(file, dumped);
      throw new Error(
        `the migrated schema (${file}) is not migrations/schema.sha256's: ` +
          'a landed migration changed, or a new one needs npm run db:types',
      );
    }
  });
});
