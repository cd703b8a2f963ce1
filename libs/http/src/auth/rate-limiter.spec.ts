import { describe, expect, it } from '@jest/globals';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst, then asks the caller to wait, then refills', () => {
    const rl = new RateLimiter(2, 3);
    const t = 1_000_000;
    expect([rl.take('k', t), rl.take('k', t), rl.take('k', t)]).toEqual([0, 0, 0]);
    expect(rl.take('k', t)).toBe(1);
    expect(rl.take('other', t)).toBe(0);
    expect(rl.take('k', t + 600)).toBe(0);
  });

  it('is off at zero', () => {
    const rl = new RateLimiter(0, 0);
    for (let i = 0; i < 100; i++) expect(rl.take('k')).toBe(0);
  });
});
