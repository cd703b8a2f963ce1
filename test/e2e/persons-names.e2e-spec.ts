// The person name reservation (person_names) and resolver (PersonNamesRepository): persons racing
// for one name get it once (the loser 409 name_taken naming the winner, nothing recorded for it);
// a person reference resolves by id, name or alias (NFKC, format characters, case aside) or to null.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { PersonNamesRepository } from '@app/domain';
import { countEvents } from '../support/test-database.js';
import { expectWriteAnswer } from './support/e2e.js';
import { post, t, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_persons_names');

let noorWali: string;

beforeAll(async () => {
  const res = await post('/v1/persons', { name: 'Noor Wali Mehsud', aliases: ['Abu Mansoor Asim'] });
  expectWriteAnswer(res);
  noorWali = res.body.id;
  expectWriteAnswer(await post(`/v1/persons/${noorWali}/aliases`, { alias: 'Mufti Noor Wali' }, 'analyst'));
});

describe('the reservation', () => {
  it('holds the name and every alias, keyed by personNameKey', async () => {
    const { rows } = await sql<{ name_key: string; name: string; is_alias: boolean }>`
      select name_key, name, is_alias from person_names where person_id = ${noorWali} order by name_key`.execute(
      t.tdb.owner.db,
    );
    expect(rows).toEqual([
      { name_key: 'abu mansoor asim', name: 'Abu Mansoor Asim', is_alias: true },
      { name_key: 'mufti noor wali', name: 'Mufti Noor Wali', is_alias: true },
      { name_key: 'noor wali mehsud', name: 'Noor Wali Mehsud', is_alias: false },
    ]);
  });

  it('ten persons racing for one name: one is recorded, the others are 409 name_taken naming it', async () => {
    const before = await countEvents(t.tdb.owner.db);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post('/v1/persons', { name: i % 2 ? 'Qari Saifullah' : 'QARI SAIFULLAH' })),
    );
    const won = answers.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    for (const lost of answers.filter((r) => r.status !== 201)) {
      expect(lost.status).toBe(409);
      expect(lost.body).toMatchObject({ code: 'name_taken', personId: won[0].body.id });
    }
    expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from person_names where name_key = 'qari saifullah'`.execute(t.tdb.owner.db);
    expect(rows[0].n).toBe(1);
  });
});

describe('PersonNamesRepository.resolve', () => {
  it('resolves by id, name or alias (case, NFKC and format characters aside) to the id and primary name', async () => {
    const names = t.app.get(PersonNamesRepository);
    const expected = { id: noorWali, name: 'Noor Wali Mehsud' };
    expect(await names.resolve(noorWali)).toEqual(expected);
    expect(await names.resolve(noorWali.toUpperCase())).toEqual(expected);
    expect(await names.resolve(' noor wali MEHSUD ')).toEqual(expected);
    expect(await names.resolve('Abu\u200B Mansoor Asim')).toEqual(expected);
    expect(await names.resolve('ｍｕｆｔｉ noor wali')).toEqual(expected);
    expect(await names.idOf('mufti noor wali')).toBe(noorWali);
  });

  it('answers null for an unknown id, name or a blank reference', async () => {
    const names = t.app.get(PersonNamesRepository);
    expect(await names.resolve(randomUUID())).toBeNull();
    expect(await names.resolve('Nobody')).toBeNull();
    expect(await names.resolve('  ')).toBeNull();
    expect(await names.idOf('TTP')).toBeNull();
  });

  it('lists the names another person holds (not the person’s own)', async () => {
    const names = t.app.get(PersonNamesRepository);
    expect(await names.taken(['NOOR WALI MEHSUD', 'free name'])).toEqual([
      { name: 'NOOR WALI MEHSUD', personId: noorWali },
    ]);
    expect(await names.taken(['Noor Wali Mehsud'], noorWali)).toEqual([]);
    expect((await names.primaryNames([noorWali])).get(noorWali)).toBe('Noor Wali Mehsud');
  });
});
