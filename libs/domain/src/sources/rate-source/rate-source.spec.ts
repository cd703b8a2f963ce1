import { describe, expect, it } from '@jest/globals';
import { NotFoundError } from '../../shared/domain-errors.js';
import { givenSource, ids, thrown } from '../../testing/fixtures.js';
import { decideRateSource } from './rate-source.decide.js';
import { RateSourceBodySchema } from './rate-source.schema.js';

describe('rate-source', () => {
  const dawn = () =>
    givenSource({
      type: 'SourceRegistered',
      data: { sourceId: ids.src1, name: 'Dawn', kind: 'news', reliability: 'B' },
    });

  it('records the new rating with the previous one', () => {
    expect(decideRateSource(dawn(), { sourceId: ids.src1, reliability: 'D', reason: 'disinformation' })).toEqual([
      { type: 'SourceReliabilityRated', data: { reliability: 'D', previous: 'B', reason: 'disinformation' } },
    ]);
  });

  it('re-confirming the same rating is recorded too', () => {
    expect(
      decideRateSource(dawn(), { sourceId: ids.src1, reliability: 'B', reason: 'reviewed' })[0].data,
    ).toMatchObject({ reliability: 'B', previous: 'B' });
  });

  it('an unknown source is not found', () => {
    expect(thrown(() => decideRateSource(null, { sourceId: ids.src1, reliability: 'D', reason: 'x' }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('schema requires reliability and reason', () => {
    expect(
      RateSourceBodySchema.safeParse({})
        .error?.issues.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['reason', 'reliability']);
  });
});
