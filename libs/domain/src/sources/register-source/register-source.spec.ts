import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { givenSource, ids, thrown } from '../../testing/fixtures.js';
import { decideRegisterSource } from './register-source.decide.js';
import { RegisterSourceBodySchema } from './register-source.schema.js';

describe('register-source', () => {
  it('registers a source', () => {
    expect(
      decideRegisterSource(null, { sourceId: ids.src1, name: ' Umar Media ', kind: 'group_channel', reliability: 'E' }),
    ).toEqual([
      {
        type: 'SourceRegistered',
        data: { sourceId: ids.src1, name: 'Umar Media', kind: 'group_channel', reliability: 'E' },
      },
    ]);
  });

  it('an existing source is a conflict', () => {
    const state = givenSource({
      type: 'SourceRegistered',
      data: { sourceId: ids.src1, name: 'Dawn', kind: 'news', reliability: 'B' },
    });
    expect(
      thrown(() => decideRegisterSource(state, { sourceId: ids.src1, name: 'Dawn', kind: 'news', reliability: 'B' }))
        .code,
    ).toBe('already_exists');
    expect(
      thrown(() => decideRegisterSource(state, { sourceId: ids.src1, name: 'Dawn', kind: 'news', reliability: 'B' })),
    ).toBeInstanceOf(ConflictError);
  });

  it('an invalid reliability violates reliability (callers without the schema)', () => {
    const error = thrown(() =>
      decideRegisterSource(null, { sourceId: ids.src1, name: 'X', kind: 'news', reliability: 'G' as never }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('reliability');
  });

  it('schema rejects wrong kinds, lower-case reliability and unknown fields', () => {
    const result = RegisterSourceBodySchema.safeParse({ name: 'X', kind: 'blog', reliability: 'b', url: 'https://x' });
    expect(result.error?.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual([
      'kind',
      'reliability',
      'unrecognized_keys',
    ]);
    expect(RegisterSourceBodySchema.parse({ name: 'Dawn', kind: 'news', reliability: 'B' })).toEqual({
      name: 'Dawn',
      kind: 'news',
      reliability: 'B',
    });
  });
});
