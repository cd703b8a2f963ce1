import { describe, expect, it } from '@jest/globals';
import { ids } from '../testing/fixtures.js';
import { evolveSource, foldSource } from './source.state.js';

describe('evolveSource', () => {
  it('folds registration and re-ratings, the latest rating current', () => {
    const state = foldSource([
      { type: 'SourceRegistered', data: { sourceId: ids.src1, name: 'Dawn', kind: 'news', reliability: 'B' } },
      {
        type: 'SourceReliabilityRated',
        data: { reliability: 'C', previous: 'B', reason: 'ran an unauthenticated article' },
        recordedAt: new Date('2023-03-01T00:00:00Z'),
      },
    ]);
    expect(state).toEqual({
      id: ids.src1,
      name: 'Dawn',
      kind: 'news',
      reliability: 'C',
      ratings: [
        {
          reliability: 'C',
          previous: 'B',
          reason: 'ran an unauthenticated article',
          recordedAt: '2023-03-01T00:00:00.000Z',
        },
      ],
      version: 2,
      position: null,
    });
  });

  it('refuses a stream not starting with SourceRegistered', () => {
    expect(() =>
      evolveSource(null, { type: 'SourceReliabilityRated', data: { reliability: 'C', previous: 'B', reason: 'x' } }),
    ).toThrow();
  });
});
