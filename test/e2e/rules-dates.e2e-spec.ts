// Issue 16 item 6: dates beyond now plus a day of clock skew are 422 naming the field, and a
// correction may not put a recorded claim, denial or retraction before the incident (422 on
// fields.occurredAt naming them); nothing is recorded on either (set-up: support/seeded-app.ts).
import { describe, expect, it } from '@jest/globals';
import { expectNothingRecorded, expectProblem, expectWriteAnswer } from './support/e2e.js';
import { claimBody, post, s1, seed, t, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_rules_dates');

const incident = (occurredAt: string) => ({ occurredAt, location: { country: 'PK' }, type: 'bombing' });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('dates in the future', () => {
  it(
    'an incident dated 2099, 9999-12-31 or two days ahead is 422 naming occurredAt; ' + 'today and tomorrow are fine',
    async () => {
      for (const occurredAt of ['2099', '2099-01-01', '9999-12-31', inDays(2)]) {
        const res = await expectNothingRecorded(t, () => post('/v1/incidents', incident(occurredAt)));
        expectProblem(res, 422, 'occurredAt');
      }
      for (const occurredAt of [inDays(0), inDays(0.9)])
        expectWriteAnswer(await post('/v1/incidents', incident(occurredAt)));
    },
  );

  it('a claim, denial or retraction dated 2099 is 422 naming its date field', async () => {
    const incidentId = await seed.incident({ occurredAt: '2023-07-12' });
    expectProblem(
      await expectNothingRecorded(t, () =>
        post(`/v1/incidents/${incidentId}/claims`, claimBody('TTP', { claimedAt: '2099-01-01T00:00:00Z' })),
      ),
      422,
      'claimedAt',
    );
    expectProblem(
      await expectNothingRecorded(t, () =>
        post(`/v1/incidents/${incidentId}/denials`, { group: 'ISKP', deniedAt: '2099-01-01T00:00:00Z', sourceId: s1 }),
      ),
      422,
      'deniedAt',
    );
    const claimId = await seed.claim(incidentId, 'TTP', s1);
    expectProblem(
      await expectNothingRecorded(t, () =>
        post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
          retractedAt: '2099-01-01T00:00:00Z',
          sourceId: s1,
        }),
      ),
      422,
      'retractedAt',
    );
  });

  it('a correction to 2099 is 422 naming fields.occurredAt', async () => {
    const incidentId = await seed.incident({ occurredAt: '2023-07-12' });
    const res = await expectNothingRecorded(t, () =>
      post(`/v1/incidents/${incidentId}/corrections`, { fields: { occurredAt: '2099-05-05' }, reason: 'typo' }),
    );
    expectProblem(res, 422, 'fields.occurredAt');
  });
});

describe('corrections keep what is recorded after the incident', () => {
  it(
    'moving occurredAt after a claim, a retraction or a denial is 422 naming them; ' + 'moving it before them is fine',
    async () => {
      const incidentId = await seed.incident({ occurredAt: '2023-07-12' });
      const claimId = await seed.claim(incidentId, 'TTP', s1, { claimedAt: '2023-07-20T00:00:00Z' });
      const retraction = await post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
        retractedAt: '2023-07-25T00:00:00Z',
        sourceId: s1,
      });
      expectWriteAnswer(retraction);
      const denial = await post(`/v1/incidents/${incidentId}/denials`, {
        group: 'ISKP',
        deniedAt: '2023-07-15T00:00:00Z',
        sourceId: s1,
      });
      expectWriteAnswer(denial);
      const correct = (occurredAt: string) =>
        post(`/v1/incidents/${incidentId}/corrections`, { fields: { occurredAt }, reason: 'date revised' });

      const afterDenial = await expectNothingRecorded(t, () => correct('2023-07-16'));
      expectProblem(afterDenial, 422, 'fields.occurredAt');
      expect(afterDenial.body.detail).toContain(`denial ${denial.body.id}`);
      expect(afterDenial.body.detail).not.toContain(`claim ${claimId}`);

      const afterAll = await expectNothingRecorded(t, () => correct('2023-08'));
      expectProblem(afterAll, 422, 'fields.occurredAt');
      for (const named of [`claim ${claimId}`, `retraction ${retraction.body.id}`, `denial ${denial.body.id}`])
        expect(afterAll.body.detail).toContain(named);

      // The month of the claim starts before it: still fine (the incident's earliest moment counts).
      expectWriteAnswer(await correct('2023-07'));
      expectWriteAnswer(await correct('2023-07-14'));
    },
  );
});
