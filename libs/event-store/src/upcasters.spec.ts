import { describe, expect, it } from '@jest/globals';
import { UpcasterRegistry } from './upcasters.js';

describe('UpcasterRegistry', () => {
  it('chains steps from the stored version to the newest', () => {
    const reg = new UpcasterRegistry()
      .register('X', 1, (d) => ({ ...d, b: 2 }))
      .register('X', 2, (d) => ({ ...d, c: d.a + d.b }));
    expect(reg.upcast('X', 1, { a: 1 })).toEqual({ schemaVersion: 3, data: { a: 1, b: 2, c: 3 } });
    expect(reg.upcast('X', 2, { a: 5, b: 5 })).toEqual({ schemaVersion: 3, data: { a: 5, b: 5, c: 10 } });
  });

  it('leaves unknown types and current versions alone', () => {
    const reg = new UpcasterRegistry().register('X', 1, () => 'changed');
    expect(reg.upcast('Y', 1, 'same')).toEqual({ schemaVersion: 1, data: 'same' });
    expect(reg.upcast('X', 2, 'same')).toEqual({ schemaVersion: 2, data: 'same' });
  });

  it('refuses two upcasters for one step', () => {
    const reg = new UpcasterRegistry().register('X', 1, (d) => d);
    expect(() => reg.register('X', 1, (d) => d)).toThrow(/twice/);
  });
});
