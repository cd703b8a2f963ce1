// Given-events helpers for the statement specs.
import { storedCitation } from '../testing/citation-rule.js';
import { ids } from '../testing/fixtures.js';
import type { StatementEvent, StatementRecordedData } from './statement.events.js';
import { foldStatement, type StatementState } from './statement.state.js';
import type { StatementVerdict } from '../shared/vocabulary.js';

export const statementIds = {
  statement: '57000000-0000-4000-8000-000000000001',
  person: '9e000000-0000-4000-8000-000000000001',
} as const;

/** An allegation by a person for TTP about ISKP and an incident, cited with a quote. */
export function statementRecorded(
  overrides: Partial<StatementRecordedData> = {},
): Extract<StatementEvent, { type: 'StatementRecorded' }> {
  return {
    type: 'StatementRecorded',
    data: {
      statementId: statementIds.statement,
      kind: 'allegation',
      madeAt: '2024-03',
      authorPersonId: statementIds.person,
      authorGroupId: ids.ttp,
      about: { groupIds: [ids.iskp], personIds: [], incidentIds: [ids.incident] },
      sourceId: ids.src1,
      citation: { ...storedCitation, headline: null, quote: 'we did not' },
      summary: 'Alleges ties between an agency and ISKP',
      ...overrides,
    },
  };
}

export const assessed = (assessmentId: string, verdict: StatementVerdict, basis = `basis ${verdict}`) =>
  ({ type: 'StatementAssessed', data: { assessmentId, verdict, basis } }) as const;

export function givenStatement(...events: StatementEvent[]): StatementState {
  const state = foldStatement(events);
  if (!state) throw new Error('no events given');
  return state;
}
