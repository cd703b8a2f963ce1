import { describe, expect, it } from '@jest/globals';
import { assignFollowers } from './assignment.js';

const ALL = ['ledger:sealer', 'projection:groups', 'projection:incidents', 'projection:sources', 'workflow:dispatcher'];
const loads = (a: Map<string, string>) =>
  [...a.values()].reduce((m, h) => m.set(h, (m.get(h) ?? 0) + 1), new Map<string, number>());

describe('assignFollowers', () => {
  it('gives every name to exactly one member, spread within one of each other', () => {
    const a = assignFollowers(
      [
        { holder: 'w1', names: ALL },
        { holder: 'w2', names: ALL },
        { holder: 'w3', names: ALL },
      ],
      () => undefined,
    );
    expect([...a.keys()].sort()).toEqual(ALL);
    expect([...loads(a).values()].sort()).toEqual([1, 2, 2]);
  });

  it('is the same whatever order the members are listed in', () => {
    const m = [
      { holder: 'w2', names: ALL },
      { holder: 'w1', names: ALL },
      { holder: 'w3', names: ALL },
    ];
    expect([...assignFollowers(m, () => undefined)]).toEqual([...assignFollowers([...m].reverse(), () => undefined)]);
  });

  it('leaves a name with its current holder when that keeps the spread even', () => {
    const m = [
      { holder: 'w1', names: ALL },
      { holder: 'w2', names: ALL },
    ];
    const a = assignFollowers(m, (n) => (n === 'projection:incidents' ? 'w2' : undefined));
    expect(a.get('projection:incidents')).toBe('w2');
    expect([...loads(a).values()].sort()).toEqual([2, 3]);
  });

  it('respects roles: a name goes only to members that can run it', () => {
    const a = assignFollowers(
      [
        { holder: 'p1', names: ALL.filter((n) => n.startsWith('projection:')) },
        { holder: 's1', names: ['ledger:sealer'] },
        { holder: 'w1', names: ['workflow:dispatcher'] },
      ],
      () => undefined,
    );
    expect(a.get('ledger:sealer')).toBe('s1');
    expect(a.get('workflow:dispatcher')).toBe('w1');
    for (const n of ALL.filter((x) => x.startsWith('projection:'))) expect(a.get(n)).toBe('p1');
  });
});
