import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import type { StatementEvent } from '../statement.events.js';
import { foldStatement } from '../statement.state.js';
import { decideRecordStatement, type RecordStatement } from './record-statement.decide.js';
import { RecordStatementBodySchema } from './record-statement.schema.js';

const statementId = '57000000-0000-4000-8000-000000000001';
const personId = '9e000000-0000-4000-8000-000000000001';
const now = new Date('2024-06-01T12:00:00Z');

const cmd: RecordStatement = {
  statementId,
  kind: 'allegation',
  madeAt: '2024-03-12T10:00:00+05:00',
  authorPersonId: personId,
  authorGroupId: null,
  about: { groupIds: [ids.iskp, ids.ttp, ids.iskp], personIds: [], incidentIds: [ids.incident] },
  sourceId: ids.src1,
  citation: { url: 'https://example.org/a', quote: '  we were not there ' },
  summary: '  Alleges ties between an agency and ISKP ',
  now,
};

describe('record-statement', () => {
  it(
    'given no statement, when recorded, then StatementRecorded with a UTC time, ' +
      'repeats dropped and the citation filled',
    () => {
      expect(decideRecordStatement(null, cmd)).toEqual([
        {
          type: 'StatementRecorded',
          data: {
            statementId,
            kind: 'allegation',
            madeAt: '2024-03-12T05:00:00.000Z',
            authorPersonId: personId,
            authorGroupId: null,
            about: { groupIds: [ids.iskp, ids.ttp], personIds: [], incidentIds: [ids.incident] },
            sourceId: ids.src1,
            citation: {
              url: 'https://example.org/a',
              headline: null,
              publishedAt: null,
              archiveUrl: null,
              quote: 'we were not there',
              language: null,
            },
            summary: 'Alleges ties between an agency and ISKP',
          },
        },
      ]);
    },
  );

  it('keeps a partial madeAt at its precision and allows an unattributed statement without citation', () => {
    const [event] = decideRecordStatement(null, {
      ...cmd,
      madeAt: '2024-03',
      authorPersonId: null,
      citation: undefined,
    });
    expect(event.data).toMatchObject({ madeAt: '2024-03', authorPersonId: null, authorGroupId: null, citation: null });
  });

  it('when madeAt is more than a day after now, then a violation of madeAt', () => {
    const error = thrown(() => decideRecordStatement(null, { ...cmd, madeAt: '2024-06-03T00:00:00Z' }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('madeAt');
  });

  it('tolerates a day of clock skew, and a partial date for the current month', () => {
    expect(decideRecordStatement(null, { ...cmd, madeAt: '2024-06-02T11:00:00Z' })).toHaveLength(1);
    expect(decideRecordStatement(null, { ...cmd, madeAt: '2024-06' })).toHaveLength(1);
    expect(thrown(() => decideRecordStatement(null, { ...cmd, madeAt: '2024-07' })).path).toBe('madeAt');
  });

  it('when madeAt is not a date, then a violation of madeAt', () => {
    expect(thrown(() => decideRecordStatement(null, { ...cmd, madeAt: 'yesterday' })).path).toBe('madeAt');
  });

  it('when the citation URL is not http(s), then a violation of citation.url', () => {
    const error = thrown(() => decideRecordStatement(null, { ...cmd, citation: { url: 'javascript:alert(1)' } }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('citation.url');
  });

  it('when the summary is blank or the kind unknown, then violations naming them', () => {
    expect(thrown(() => decideRecordStatement(null, { ...cmd, summary: '   ' })).path).toBe('summary');
    expect(thrown(() => decideRecordStatement(null, { ...cmd, kind: 'rumour' as never })).path).toBe('kind');
  });

  it(
    'given the statement exists, when recorded again, then a conflict ' + '(the writer answers a same-content replay)',
    () => {
      const existing = foldStatement(decideRecordStatement(null, cmd) as StatementEvent[]);
      const error = thrown(() => decideRecordStatement(existing, cmd));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.code).toBe('already_exists');
    },
  );

  describe('body schema', () => {
    const good = {
      kind: 'pledge',
      madeAt: '2024-03-12',
      sourceId: ids.src1,
      summary: 'Pledges allegiance',
      author: { personId: 'Abu Example', groupId: null },
      about: { groupIds: ['ISKP'], personIds: [], incidentIds: [ids.incident] },
      citation: { url: 'https://example.org/x', language: 'ps-AF' },
    };

    it('accepts a good body, author and about optional', () => {
      expect(RecordStatementBodySchema.parse(good)).toEqual(good);
      const { author: _a, about: _b, citation: _c, ...bare } = good;
      expect(RecordStatementBodySchema.safeParse(bare).success).toBe(true);
    });

    it('rejects bad kinds, dates, ids and unknown fields with their paths', () => {
      const result = RecordStatementBodySchema.safeParse({
        ...good,
        kind: 'rumour',
        madeAt: '12/03/2024',
        sourceId: 'nope',
        about: { incidentIds: ['x'], extra: 1 },
        citation: { url: 'ftp://example.org' },
      });
      expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'about',
        'about.incidentIds.0',
        'citation.url',
        'kind',
        'madeAt',
        'sourceId',
      ]);
    });
  });
});
