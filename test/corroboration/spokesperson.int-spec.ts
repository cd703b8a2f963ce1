// Source weighting by the spokesperson's record (docs/API.md "Track records"): a claim that names a
// spokesperson is weighed by that person's record as the log holds it when its flow runs, and an
// assessment of one of their statements (or a retraction or review of a claim they spoke for) runs
// every claim they speak for again, with the record's effect spelled out in the check's reasons.
import { describe, expect, it } from '@jest/globals';
import { bearer } from '../support/test-app.js';
import { corroborationJobId } from '@app/config';
import { checkOf, dispatcherPassed, eventAt, until, waitForJob } from './support/harness.js';
import { h, postClaim, reevaluatedBy, seed, sources, useFlowHarness } from './support/flow-harness.js';

useFlowHarness('corr_spokes');

async function post(path: string, role: 'reporter' | 'analyst', body: Record<string, unknown>) {
  const res = await h.t.http.post(path).set(bearer(h.t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  return res.body as { id: string; position: number };
}

const statement = (author: string, madeAt: string) =>
  post('/v1/statements', 'reporter', {
    kind: 'allegation',
    madeAt,
    sourceId: sources.tribune,
    summary: `allegation ${madeAt}`,
    author: { personId: author },
  });

describe('a claim naming a spokesperson', () => {
  it('is weighed by his record, and weighed again, lower, when his statements are judged fabricated', async () => {
    const ehsan = await post('/v1/persons', 'reporter', { name: 'Ehsanullah Ehsan', aliases: ['Ehsan'] });
    const incidentId = await seed.incident({ occurredAt: '2014-06-08' });
    const { claimId, jobId } = await postClaim(incidentId, {
      group: 'TTP',
      claimedAt: '2014-06-09T06:00:00Z',
      sourceId: sources.tribune,
      spokespersonId: 'Ehsan',
    });

    // No assessed record yet: the sources decide alone, and the reason says the record was looked at.
    const first = await waitForJob(h.events.corroboration, h.queues.corroboration, jobId);
    const history = await h.t.http.get(`/v1/incidents/${incidentId}/history`).set(bearer(h.t.keys.analyst));
    const firstCheck = history.body.items.find((e: any) => e.type === 'CorroborationCompleted').data.checks.results;
    const firstSources = firstCheck.find((r: any) => r.check === 'independent-sources');
    expect(firstSources.reasons.join(' ')).toMatch(/spokesperson Ehsanullah Ehsan: no assessed record yet/);
    expect(firstSources.details.spokesperson).toMatchObject({ id: ehsan.id, credibility: null, factor: 1 });

    // One of his statements judged fabricated: his record changes, so the claim he spoke for runs again.
    const s1 = await statement('Ehsanullah Ehsan', '2013-05');
    const assessed = await post(`/v1/statements/${s1.id}/assessments`, 'analyst', {
      verdict: 'fabricated',
      basis: 'the quoted document was forged',
    });
    const second = await reevaluatedBy(claimId, assessed.position, 'StatementAssessed');
    const secondSources = checkOf(second, 'independent-sources');
    expect(secondSources.score).toBeLessThan(firstSources.score);
    expect(secondSources.reasons.join(' ')).toMatch(
      new RegExp(
        `credibility 0\\.40 below 0\\.5 lowers the sources' score from ${firstSources.score} to ${secondSources.score}`,
      ),
    );
    expect(secondSources.reasons.join(' ')).toMatch(/1 fabricated/);
    expect(second.data.score).toBeLessThan(first.score);

    // A doubtful one on top lowers it further.
    const s2 = await statement('Ehsanullah Ehsan', '2017-04');
    const doubted = await post(`/v1/statements/${s2.id}/assessments`, 'analyst', {
      verdict: 'doubtful',
      basis: 'unauthenticated article',
    });
    const third = await reevaluatedBy(claimId, doubted.position, 'StatementAssessed');
    expect(checkOf(third, 'independent-sources').score).toBeLessThan(secondSources.score);
    expect(checkOf(third, 'independent-sources').details.spokesperson.credibility).toBeCloseTo(2 / 5.5, 5);
  });

  it(
    'is run again when another claim he spoke for is retracted, ' + 'and not when someone else’s statement is assessed',
    async () => {
      await post('/v1/persons', 'reporter', { name: 'Muhammad Khurasani' });
      const first = await seed.incident({ occurredAt: '2019-02-01' });
      const second = await seed.incident({ occurredAt: '2019-03-01' });
      const a = await postClaim(first, {
        group: 'TTP',
        claimedAt: '2019-02-01T12:00:00Z',
        spokespersonId: 'Muhammad Khurasani',
      });
      const b = await postClaim(second, {
        group: 'TTP',
        claimedAt: '2019-03-01T12:00:00Z',
        spokespersonId: 'Muhammad Khurasani',
      });
      const silent = await postClaim(second, { group: 'TJP', claimedAt: '2019-03-01T13:00:00Z' });
      for (const c of [a, b, silent]) await waitForJob(h.events.corroboration, h.queues.corroboration, c.jobId);

      // Retracting the first claim adds a retraction to his record: the second claim is weighed again.
      const retraction = await post(`/v1/incidents/${first}/claims/${a.claimId}/retractions`, 'reporter', {
        retractedAt: '2019-02-03T08:00:00Z',
        sourceId: sources.dawn,
      });
      const rerun = await reevaluatedBy(b.claimId, retraction.position, 'ClaimRetracted');
      const weighed = checkOf(rerun, 'independent-sources');
      expect(weighed.details.spokesperson).toMatchObject({ name: 'Muhammad Khurasani', credibility: 0.4 });
      expect(weighed.reasons.join(' ')).toMatch(/1 retracted/);

      // Someone else's statement: the dispatcher passes it and starts no flow for these claims.
      const other = await statement('Ehsanullah Ehsan', '2018-01');
      const assessed = await post(`/v1/statements/${other.id}/assessments`, 'analyst', {
        verdict: 'authentic',
        basis: 'confirmed',
      });
      await until('dispatcher passed the assessment', () => dispatcherPassed(h.t.tdb.owner.db, assessed.position));
      const cause = await eventAt(h.t.tdb.owner.db, assessed.position);
      for (const c of [a, b, silent])
        expect(await h.queues.corroboration.getJob(corroborationJobId(cause.eventId, c.claimId))).toBeUndefined();

      // A claim without spokesperson says nothing of one.
      const silentRun = await waitForJob(h.events.corroboration, h.queues.corroboration, silent.jobId);
      expect(silentRun.verdict).toBeDefined();
      const silentChecks = (await h.queues.corroboration.getJob(`${silent.jobId}_independent-sources`))!.returnvalue;
      expect(silentChecks.reasons.join(' ')).not.toMatch(/spokesperson/);
    },
  );
});
