import { describe, expect, it } from '@jest/globals';
import { assessed, statementRecorded } from './statement.fixtures.js';
import { evolveStatement, foldStatement, initialStatementState } from './statement.state.js';

const recorded = statementRecorded();

describe('evolveStatement', () => {
  it('given a recorded statement, folds it with no assessment and a null verdict', () => {
    const state = foldStatement([recorded])!;
    const { statementId, ...recordedWith } = recorded.data;
    expect(state).toEqual({
      id: statementId,
      ...recordedWith,
      assessments: [],
      verdict: null,
      version: 1,
      position: null,
    });
  });

  it('keeps every assessment in order and lets the latest stand', () => {
    const state = foldStatement([
      recorded,
      assessed('a1', 'authentic'),
      assessed('a2', 'fabricated'),
      assessed('a3', 'doubtful'),
    ])!;
    expect(state.assessments.map((a) => [a.assessmentId, a.verdict])).toEqual([
      ['a1', 'authentic'],
      ['a2', 'fabricated'],
      ['a3', 'doubtful'],
    ]);
    expect(state.verdict).toBe('doubtful');
    expect(state.version).toBe(4);
  });

  it('takes recordedAt, actor, version and position from the envelope when given', () => {
    const first = evolveStatement(initialStatementState, { ...recorded, streamVersion: 1, position: 10 });
    const at = new Date('2024-04-01T10:00:00Z');
    const state = evolveStatement(first, {
      ...assessed('a1', 'fabricated'),
      streamVersion: 2,
      position: 15,
      recordedAt: at,
      metadata: { actor: { keyId: 'k1', role: 'analyst', name: 'Ana' }, correlationId: 'c' },
    });
    expect(state.assessments).toEqual([
      {
        assessmentId: 'a1',
        verdict: 'fabricated',
        basis: 'basis fabricated',
        recordedAt: at.toISOString(),
        actor: { keyId: 'k1', role: 'analyst', name: 'Ana' },
      },
    ]);
    expect(state.version).toBe(2);
    expect(state.position).toBe(15);
  });

  it('leaves actor out and recordedAt null when folded without an envelope', () => {
    const [assessment] = foldStatement([recorded, assessed('a1', 'unverified')])!.assessments;
    expect(assessment).toEqual({
      assessmentId: 'a1',
      verdict: 'unverified',
      basis: 'basis unverified',
      recordedAt: null,
    });
    expect('actor' in assessment).toBe(false);
  });

  it('never mutates the earlier state', () => {
    const first = foldStatement([recorded])!;
    const copy = structuredClone(first);
    evolveStatement(first, assessed('a1', 'authentic'));
    expect(first).toEqual(copy);
  });

  it('refuses a stream that does not start with StatementRecorded', () => {
    expect(() => evolveStatement(null, assessed('a1', 'authentic'))).toThrow(/StatementRecorded/);
  });

  it('ignores unknown event types but counts them', () => {
    const state = evolveStatement(foldStatement([recorded]), { type: 'SomethingNew', data: {} });
    expect(state.version).toBe(2);
    expect(state.assessments).toEqual([]);
  });
});
