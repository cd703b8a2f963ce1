import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { givenGroup, ids, thrown } from '../../testing/fixtures.js';
import { decideRegisterGroup } from './register-group.decide.js';
import { RegisterGroupBodySchema } from './register-group.schema.js';

describe('register-group', () => {
  it('given no stream, registers with trimmed name and de-duplicated aliases', () => {
    const events = decideRegisterGroup(null, {
      groupId: ids.ttp,
      name: '  Tehreek-e-Taliban   Pakistan ',
      aliases: ['TTP', ' ttp ', 'Pakistani Taliban', 'tehreek-e-taliban pakistan'],
      kind: ' militant ',
    });
    expect(events).toEqual([
      {
        type: 'GroupRegistered',
        data: {
          groupId: ids.ttp,
          name: 'Tehreek-e-Taliban Pakistan',
          aliases: ['TTP', 'Pakistani Taliban'],
          kind: 'militant',
        },
      },
    ]);
  });

  it('stores a missing kind and aliases as null and []', () => {
    const [event] = decideRegisterGroup(null, { groupId: ids.ttp, name: 'TTP' });
    expect(event.data).toMatchObject({ aliases: [], kind: null });
  });

  it('given the group exists, is a conflict', () => {
    const state = givenGroup({
      type: 'GroupRegistered',
      data: { groupId: ids.ttp, name: 'TTP', aliases: [], kind: null },
    });
    const error = thrown(() => decideRegisterGroup(state, { groupId: ids.ttp, name: 'TTP' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_exists');
  });

  it('rejects a blank alias naming its index', () => {
    const error = thrown(() => decideRegisterGroup(null, { groupId: ids.ttp, name: 'TTP', aliases: ['ok', '  '] }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('aliases.1');
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
