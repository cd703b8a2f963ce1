// Migration 0021 (issue 16 item 5): group_names rows keyed before names compared after NFKC with
// format characters removed get the new key, unless a row already holds it (the look-alike keeps
// its old key and stays resolvable); the app's nameKey then finds every name it reserved.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { nameKey } from '@app/domain';
import { migrations } from '../../migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase('group_name_keys');
});
afterAll(async () => {
  await tdb?.drop();
});

describe('migration 0021-group-name-keys', () => {
  it('re-keys names with format characters, leaves a look-alike of a held key as it was', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    // Keys as the earlier nameKey wrote them: NFKC and lower case, format characters kept.
    const old = (s: string) => s.normalize('NFKC').toLowerCase();
    const rows: Array<[string, string, string]> = [
      ['TTP', a, old('TTP')],
      ['TTP\u200b', b, old('TTP\u200b')],
      ['Lash\u00adkar', c, old('Lash\u00adkar')],
      ['Plain Name', c, old('Plain Name')],
    ];
    for (const [name, groupId, key] of rows)
      await sql`insert into group_names (name_key, name, group_id, is_alias)
                values (${key}, ${name}, ${groupId}, false)`.execute(tdb.owner.db);
    await migrations['0021-group-name-keys'].up(tdb.owner.db);
    const { rows: after } = await sql<{ name: string; name_key: string; group_id: string }>`
      select name, name_key, group_id::text as group_id from group_names order by name`.execute(tdb.owner.db);
    expect(after).toEqual(
      expect.arrayContaining([
        { name: 'TTP', name_key: 'ttp', group_id: a },
        { name: 'TTP\u200b', name_key: 'ttp\u200b', group_id: b },
        { name: 'Lash\u00adkar', name_key: 'lashkar', group_id: c },
        { name: 'Plain Name', name_key: 'plain name', group_id: c },
      ]),
    );
    expect(after).toHaveLength(4);
    expect(nameKey('Lash\u00adkar')).toBe('lashkar');
  });
});
