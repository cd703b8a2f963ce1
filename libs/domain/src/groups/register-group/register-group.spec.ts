import { describe, expect, it } from '@jest/globals';
import { ConflictError } from '../../shared/domain-errors.js';
import { givenGroup, groupRegistered, ids, thrown } from '../../testing/fixtures.js';
import { expectNamesRule } from '../../testing/names-rule.js';
import { decideRegisterGroup } from './register-group.decide.js';
import { RegisterGroupBodySchema } from './register-group.schema.js';

describe('register-group', () => {
  it('given no stream, registers the group with its names and kind', () => {
    expect(
      decideRegisterGroup(null, {
        groupId: ids.ttp,
        name: ' TTP ',
        aliases: ['Pakistani Taliban'],
        kind: ' militant ',
      }),
    ).toEqual([groupRegistered({ aliases: ['Pakistani Taliban'], kind: 'militant' })]);
  });

  it('stores a missing kind and aliases as null and []', () => {
    const [event] = decideRegisterGroup(null, { groupId: ids.ttp, name: 'TTP' });
    expect(event.data).toMatchObject({ aliases: [], kind: null });
  });

  it('checks and cleans its name and aliases as every registration does', () => {
    expectNamesRule((names) => decideRegisterGroup(null, { groupId: ids.ttp, ...names }));
  });

  it('given the group exists, is a conflict', () => {
    const error = thrown(() => decideRegisterGroup(givenGroup(groupRegistered()), { groupId: ids.ttp, name: 'TTP' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_exists');
  });

  describe('body schema', () => {
    it('accepts a good body and trims', () => {
      const body = RegisterGroupBodySchema.parse({ name: ' TTP ', aliases: ['Pakistani Taliban'], kind: 'militant' });
      expect(body).toEqual({ name: 'TTP', aliases: ['Pakistani Taliban'], kind: 'militant' });
    });

    it('rejects unknown fields', () => {
      const result = RegisterGroupBodySchema.safeParse({ name: 'TTP', leader: 'Noor Wali Mehsud' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].code).toBe('unrecognized_keys');
    });

    it('rejects a missing name and too many aliases, naming the path', () => {
      const result = RegisterGroupBodySchema.safeParse({ aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) });
      const paths = result.error?.issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['name', 'aliases']));
    });

    it('rejects a malformed client id', () => {
      const result = RegisterGroupBodySchema.safeParse({ id: 'not-a-uuid', name: 'TTP' });
      expect(result.error?.issues[0].path).toEqual(['id']);
    });
  });
});
