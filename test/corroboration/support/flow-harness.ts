// The set-up the corroboration flow suites share (flow.int-spec.ts, flow-jobs.int-spec.ts): a
// harness with the runtime and read models running, four sources, TTP and TJP with TJP a suspected
// front of TTP, and helpers to post a claim and follow the runs it causes. The `let` bindings are
// live ES module exports: useFlowHarness's beforeAll sets them, and the suite's tests read them.
import { afterAll, beforeAll, expect } from '@jest/globals';
import { corroborationJobId } from '@app/config';
import { bearer } from '../../support/test-app.js';
import { Seeder } from '../../e2e/support/e2e.js';
import { completedFor, createHarness, eventAt, waitForJob, type Harness } from './harness.js';

export const ESCALATION_MS = 2500;

export let h: Harness;
export let seed: Seeder;
export let sources: { dawn: string; tribune: string; unmt: string; amaq: string };

/** Registers the suite's beforeAll (harness, sources, groups, relation) and afterAll (close) under `label`. */
export function useFlowHarness(label: string): void {
  beforeAll(async () => {
    h = await createHarness({ label, escalationMs: ESCALATION_MS });
    seed = new Seeder(h.t);
    sources = {
      dawn: await seed.source({ name: 'Dawn', reliability: 'A' }),
      tribune: await seed.source({ name: 'The Express Tribune', reliability: 'B' }),
      unmt: await seed.source({ name: 'UN Monitoring Team', kind: 'official', reliability: 'B' }),
      amaq: await seed.source({ name: 'Amaq', kind: 'group_channel', reliability: 'E' }),
    };
    await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
    await seed.group('Tehreek-e-Jihad Pakistan', ['TJP']);
    const tjp = await groupId('TJP');
    const rel = await seed.post(`/v1/groups/${tjp}/relations`, 'analyst', {
      relation: 'suspected_front_of',
      otherGroup: 'TTP',
      validFrom: '2023-02',
      sourceId: sources.unmt,
      confidence: 65,
    });
    expect(rel.status).toBe(201);
  });

  afterAll(async () => {
    await h?.close();
  });
}

async function groupId(name: string): Promise<string> {
  const rows = await h.t.tdb.owner.db.selectFrom('group_names').select('group_id').where('name', '=', name).execute();
  if (!rows.length) throw new Error(`no group ${name}`);
  return String(rows[0].group_id);
}

/** The demo case's analyst attribution of an incident to TTP (TJP being its suspected front). */
export async function attributeToTtp(incidentId: string): Promise<void> {
  const attr = await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', {
    group: 'TTP',
    confidence: 70,
    basis: 'TJP assessed as a front for TTP operations',
    sourceIds: [sources.unmt],
  });
  expect(attr.status).toBe(201);
}

/** POSTs a claim and answers with its id, the ClaimRecorded event and the parent job's id. */
export async function postClaim(incidentId: string, body: Record<string, unknown>) {
  const res = await h.t.http
    .post(`/v1/incidents/${incidentId}/claims`)
    .set(bearer(h.t.keys.reporter))
    .send({ channel: 'statement', claimedAt: '2023-12-12T09:00:00Z', sourceId: sources.dawn, ...body });
  if (res.status !== 201) throw new Error(`POST claim: ${res.status} ${res.text}`);
  const recorded = await eventAt(h.t.tdb.owner.db, res.body.position);
  expect(recorded.type).toBe('ClaimRecorded');
  return {
    claimId: res.body.id as string,
    recorded,
    correlationId: res.headers['x-correlation-id'] as string,
    jobId: corroborationJobId(recorded.eventId, res.body.id),
  };
}

/**
 * The run a change caused: the change's event (at the POST's position) names the flow
 * `corroborate_<causeEventId>_<claimId>`, which completes and records exactly that cause.
 * Only for a change made once the claim's previous flow has completed (else it folds into a pending one).
 */
export async function reevaluatedBy(claimId: string, position: number, type: string) {
  const cause = await eventAt(h.t.tdb.owner.db, position);
  expect(cause.type).toBe(type);
  const result = await waitForJob(
    h.events.corroboration,
    h.queues.corroboration,
    corroborationJobId(cause.eventId, claimId),
  );
  const completed = await completedFor(h.t.tdb.owner.db, claimId, cause.eventId);
  expect(completed.data.checks.cause).toEqual({ eventId: cause.eventId, type, position });
  expect(completed.position).toBe(result.position);
  return completed;
}

export async function openReviewsFromApi(): Promise<any[]> {
  const res = await h.t.http.get('/v1/reviews').query({ status: 'open' }).set(bearer(h.t.keys.analyst));
  expect(res.status).toBe(200);
  return res.body.items;
}
