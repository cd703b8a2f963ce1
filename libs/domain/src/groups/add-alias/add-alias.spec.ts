import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { givenGroup, groupRegistered, ids, thrown } from '../../testing/fixtures.js';
import { decideAddAlias } from './add-alias.decide.js';
import { AddAliasBodySchema } from './add-alias.schema.js';

const ttp = () => givenGroup(groupRegistered({ name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP'] }));

describe('add-alias', () => {
  it('adds an alias with canonical validity dates', () => {
    expect(
      decideAddAlias(ttp(), { groupId: ids.ttp, alias: ' Pakistani Taliban ', validFrom: '2007-12', validTo: null }),
    ).toEqual([{ type: 'GroupAliasAdded', data: { alias: 'Pakistani Taliban', validFrom: '2007-12', validTo: null } }]);
  });

  it.each(['ttp', 'TEHREEK-E-TALIBAN PAKISTAN'])(
    'an existing name or alias %p is a conflict (case-insensitive)',
    (alias) => {
      const error = thrown(() => decideAddAlias(ttp(), { groupId: ids.ttp, alias }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.code).toBe('alias_exists');
    },
  );

  it('validTo before validFrom violates validTo', () => {
    const error = thrown(() =>
      decideAddAlias(ttp(), { groupId: ids.ttp, alias: 'X', validFrom: '2015', validTo: '2014-06' }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('validTo');
  });

  it('a malformed date violates its field', () => {
    expect(thrown(() => decideAddAlias(ttp(), { groupId: ids.ttp, alias: 'X', validFrom: '2015-13' })).path).toBe(
      'validFrom',
    );
  });

  it('an unknown group is not found', () => {
    expect(thrown(() => decideAddAlias(null, { groupId: ids.ttp, alias: 'X' }))).toBeInstanceOf(NotFoundError);
  });

  it('schema rejects a bad partial date with its path', () => {
    const result = AddAliasBodySchema.safeParse({ alias: 'X', validFrom: '2023-02-30' });
    expect(result.error?.issues[0].path).toEqual(['validFrom']);
  });
});
