import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATABASE_TYPES_FILE, renderDatabaseTypes } from '../../scripts/generate-db-types.mjs';
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
});
