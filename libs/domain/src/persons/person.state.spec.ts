import { describe, expect, it } from '@jest/globals';
import { ids } from '../testing/fixtures.js';
import type { PersonEvent } from './person.events.js';
import { personIds } from './person.fixtures.js';
import { evolvePerson, foldPerson, initialPersonState, standingAffiliations } from './person.state.js';

const { noorWali: personId, aff1, aff2, status1: st1, status2: st2, status3: st3 } = personIds;
const citation = {
  url: 'https://example.org/a',
  headline: null,
  publishedAt: null,
  archiveUrl: null,
  quote: null,
  language: null,
};

const registered: PersonEvent = {
  type: 'PersonRegistered',
  data: { personId, name: 'Noor Wali Mehsud', aliases: ['Abu Mansoor Asim'], summary: 'Emir since 2018' },
};

function status(statusId: string, s: 'active' | 'killed' | 'detained', at: string, announcedAt: string | null = null) {
  return {
    type: 'PersonStatusRecorded' as const,
    data: { statusId, status: s, at, announcedAt, sourceId: null, citation: null, incidentId: null, note: null },
  };
}

describe('evolvePerson', () => {
  it('folds name, aliases with validity, affiliations ended and withdrawn', () => {
    const state = foldPerson([
      registered,
      { type: 'PersonAliasAdded', data: { alias: 'Mufti Noor Wali', validFrom: '2010', validTo: '2018-06' } },
      {
        type: 'PersonAffiliationRecorded',
        data: {
          affiliationId: aff1,
          groupId: ids.ttp,
          role: 'leader',
          validFrom: '2018-06-22',
          validTo: null,
          sourceId: ids.src1,
          citation,
          confidence: 90,
        },
      },
      {
        type: 'PersonAffiliationRecorded',
        data: {
          affiliationId: aff2,
          groupId: ids.tjp,
          role: 'member',
          validFrom: '2015',
          validTo: null,
          sourceId: null,
          citation: null,
          confidence: null,
        },
      },
      {
        type: 'PersonAffiliationEnded',
        data: {
          affiliationId: aff1,
          validTo: '2024-01',
          reason: 'defected',
          toGroupId: ids.iskp,
          sourceId: ids.src2,
          citation,
        },
      },
      { type: 'PersonAffiliationWithdrawn', data: { affiliationId: aff2, reason: 'misread report' } },
    ])!;
    expect(state).toMatchObject({
      id: personId,
      name: 'Noor Wali Mehsud',
      summary: 'Emir since 2018',
      version: 6,
      aliases: [
        { alias: 'Abu Mansoor Asim', validFrom: null, validTo: null },
        { alias: 'Mufti Noor Wali', validFrom: '2010', validTo: '2018-06' },
      ],
      affiliations: [
        {
          affiliationId: aff1,
          groupId: ids.ttp,
          role: 'leader',
          validFrom: '2018-06-22',
          validTo: '2024-01',
          endReason: 'defected',
          toGroupId: ids.iskp,
          withdrawn: false,
          confidence: 90,
          sourceId: ids.src1,
          citation,
          endSourceId: ids.src2,
          endCitation: citation,
        },
        { affiliationId: aff2, withdrawn: true, withdrawnReason: 'misread report', validTo: null, endReason: null },
      ],
      status: null,
      statusHistory: [],
    });
    expect(standingAffiliations(state).map((a) => a.affiliationId)).toEqual([aff1]);
  });

  it('takes the status latest by `at`, not the latest recorded, and marks concealed ones', () => {
    const state = foldPerson([
      registered,
      { ...status(st1, 'killed', '2021-03-02', '2023-05-01'), recordedAt: new Date('2023-05-02T00:00:00Z') },
      status(st2, 'active', '2020-11'),
    ])!;
    expect(state.status).toMatchObject({ statusId: st1, status: 'killed', concealed: true });
    expect(state.status!.recordedAt).toBe('2023-05-02T00:00:00.000Z');
    expect(state.statusHistory.map((s) => s.statusId)).toEqual([st1, st2]);
    expect(state.statusHistory[1]).toMatchObject({ concealed: false, recordedAt: null });
  });

  it('breaks ties on `at` by recording order (the later recorded wins)', () => {
    const state = foldPerson([registered, status(st1, 'detained', '2022-01-05'), status(st2, 'active', '2022-01-05')])!;
    expect(state.status!.statusId).toBe(st2);
    const more = evolvePerson(state, status(st3, 'killed', '2021'));
    expect(more.status!.statusId).toBe(st2);
  });

  it('is not concealed when the announcement falls within the period of `at`', () => {
    const state = foldPerson([registered, status(st1, 'killed', '2021', '2021-12-30')])!;
    expect(state.status!.concealed).toBe(false);
  });

  it('never mutates the earlier state', () => {
    const first = evolvePerson(initialPersonState, registered);
    const copy = structuredClone(first);
    evolvePerson(first, status(st1, 'active', '2020'));
    expect(first).toEqual(copy);
  });

  it('refuses a stream that does not start with PersonRegistered', () => {
    expect(() => evolvePerson(null, status(st1, 'active', '2020'))).toThrow(/PersonRegistered/);
  });

  it('ignores event types it does not know but counts them in the version', () => {
    const state = foldPerson([registered, { type: 'SomethingNew', data: {} }])!;
    expect(state.version).toBe(2);
    expect(state.name).toBe('Noor Wali Mehsud');
  });
});
