// Races of stale reads in the corroboration workers (docs/DESIGN.md "Corroboration workflow"): a
// change landing while a re-evaluation of the same claim runs must still be evaluated (its checks
// have started, so the change gets a flow `corroborate_<cause>_<claim>` of its own); an older flow
// finishing after a newer one must not overwrite its verdict (it records nothing).
// Worker pauses are made deterministic with a store whose reads wait for the test (no sleeps).
import { describe, expect, it } from '@jest/globals';
import { CHECK_NAMES, checkJobId, corroborationJobId } from '@app/config';
import { pendingKey } from '@app/corroboration';
import { EventStore, type RecordedEvent } from '@app/event-store';
import { bearer } from '../support/test-app.js';
import { causeOf, checkOf, dispatcherPassed, recordAttribution, until, type LoggedEvent } from './support/harness.js';
import { claimBy, dawn, drained, flowOutcome, h, log, redis, seed, useCrashHarness } from './support/crash-harness.js';

// A processing runtime runs beside the dispatcher, as after crash.int-spec.ts's worker took over.
useCrashHarness('corr_races', { processor: true });

/** An event store whose stream reads, once armed, hold their answer until released. */
class GatedStore extends EventStore {
  private gate?: Promise<void>;
  private release?: () => void;
  reads = 0;

  arm(): void {
    this.gate = new Promise((r) => (this.release = r));
  }

  open(): void {
    this.release?.();
    this.gate = undefined;
  }

  override async readStream(streamId: string, opts?: any, trx?: any): Promise<RecordedEvent[]> {
    const events = await super.readStream(streamId, opts, trx);
    if (this.gate && streamId.startsWith('incident-')) {
      this.reads++;
      await this.gate;
    }
    return events;
  }
}

/** The four checks of flow `jobId` are running (a flow's checks share one read of the incident, held by the gate). */
const checksHeld = async (gated: GatedStore, jobId: string) =>
  gated.reads >= 1 &&
  (await Promise.all(CHECK_NAMES.map((c) => h.queues.corroboration.getJobState(checkJobId(jobId, c))))).every(
    (state) => state === 'active',
  );

/** An analyst attributes the attack to Patron Group: answers the AttributionAssessed event. */
const attributeToPatron = (incidentId: string) =>
  recordAttribution(h, seed, incidentId, { group: 'Patron Group', confidence: 75, basis: 'forensics' });

describe('a change landing while a re-evaluation of the same claim runs', () => {
  it('is still evaluated: the attribution recorded meanwhile ends in a conflicting verdict and a review', async () => {
    const incidentId = await seed.incident({ occurredAt: '2023-11-20' });
    const { claimId, recorded } = await claimBy(incidentId, 'Plain Group', '2023-11-20T12:00:00Z');
    expect(await flowOutcome(recorded, claimId)).toMatchObject({ verdict: 'corroborated' });
    await Promise.all(h.runtimes.splice(1).map((r) => r.stop()));

    // A worker whose checks, once they have read the incident, wait for the test's signal.
    const gated = new GatedStore(h.t.tdb.app.db);
    gated.arm();
    h.startRuntime({ dispatch: false, process: true, store: gated });

    const tribune = await seed.source({ name: 'The Express Tribune', reliability: 'B' });
    const marker = () => redis.get(pendingKey(h.prefix, claimId));
    let added: LoggedEvent;
    let attr: LoggedEvent;
    try {
      // A second source starts a re-evaluation; its checks read the incident and are held there.
      const addedRes = await h.t.http
        .post(`/v1/incidents/${incidentId}/claims/${claimId}/sources`)
        .set(bearer(h.t.keys.reporter))
        .send({ sourceId: tribune });
      expect(addedRes.status).toBe(201);
      added = await log.at(addedRes.body.position);
      expect(added.type).toBe('ClaimSourceAdded');
      await until('the re-evaluation checks to read the incident', () =>
        checksHeld(gated, corroborationJobId(added.eventId, claimId)),
      );
      // Its checks have started: the claim has no pending flow left to fold a change into.
      expect(await marker()).toBeNull();

      // Meanwhile an analyst attributes the attack to another group, and the dispatcher follows it.
      attr = await attributeToPatron(incidentId);
      await until('the dispatcher to pass the attribution', () => dispatcherPassed(h.t.tdb.owner.db, attr.position));
      // So the attribution has a flow of its own, pending (the one worker is busy with the held checks).
      expect(await marker()).toBe(corroborationJobId(attr.eventId, claimId));
      expect(await h.queues.corroboration.getJobState(corroborationJobId(attr.eventId, claimId))).toBe(
        'waiting-children',
      );
    } finally {
      gated.open();
    }
    const bySource = await flowOutcome(added, claimId, 30_000);
    expect(await flowOutcome(attr, claimId, 30_000)).toMatchObject({ verdict: 'conflicting' });
    await drained(30_000);

    const runs = await log.of('CorroborationCompleted', claimId);
    const latest = runs[runs.length - 1];
    // The claim now contradicts the analyst attribution: its latest verdict is the attribution's run,
    // which saw both changes (two sources, the attribution), and a review is open.
    expect({ cause: latest.data.checks.cause, verdict: latest.data.verdict }).toEqual({
      cause: causeOf(attr),
      verdict: 'conflicting',
    });
    expect(checkOf(latest, 'independent-sources')).toMatchObject({
      score: 79,
      details: { outlets: [dawn, tribune], sources: 2 },
    });
    expect(await log.of('ReviewRequested', claimId)).toHaveLength(1);
    // Every run records its own cause once, in the order of the causes. The source's run either
    // finished first and recorded its verdict, or finished after the attribution's and recorded nothing.
    const bySourceRun = runs.find((r) => r.data.checks.cause.eventId === added.eventId);
    expect(runs.map((r) => r.data.checks.cause)).toEqual([
      causeOf(recorded),
      ...(bySourceRun ? [causeOf(added)] : []),
      causeOf(attr),
    ]);
    if (bySourceRun) expect(bySource.position).toBe(bySourceRun.position);
    else expect(bySource.position).toBeGreaterThan(latest.position);
  });
});

describe('two workers: an older flow finishing after a newer one', () => {
  it('does not overwrite the newer verdict with one computed before the attribution', async () => {
    await Promise.all(h.runtimes.splice(1).map((r) => r.stop()));
    // Worker A holds the claim's four checks after they have read the incident.
    const gated = new GatedStore(h.t.tdb.app.db);
    gated.arm();
    h.startRuntime({ dispatch: false, process: true, store: gated });
    await seed.group('Late Group', []);
    const incidentId = await seed.incident({ occurredAt: '2023-10-01' });
    const { claimId, recorded, jobId } = await claimBy(incidentId, 'Late Group', '2023-10-01T12:00:00Z');
    const first = flowOutcome(recorded, claimId, 30_000);
    let attr: LoggedEvent;
    try {
      await until('worker A to hold the claim’s checks', () => checksHeld(gated, jobId));
      // Worker B (a replica) runs the re-evaluation the attribution causes (a flow of its own), to the end.
      h.startRuntime({ dispatch: false, process: true });
      attr = await attributeToPatron(incidentId);
      expect(await flowOutcome(attr, claimId, 30_000)).toMatchObject({ verdict: 'conflicting' });
      expect(await log.of('ReviewRequested', claimId)).toHaveLength(1);
    } finally {
      gated.open();
    }
    // The older flow computed its verdict before the attribution, and finished last.
    const older = await first;
    expect(older.verdict).toBe('corroborated');
    await drained(30_000);

    const runs = await log.of('CorroborationCompleted', claimId);
    // The claim's standing verdict (the last CorroborationCompleted, which evolve and the read models take)
    // is the one that saw the attribution: the older flow recorded nothing, and answered the stream's position.
    expect(runs.map((r) => ({ cause: r.data.checks.cause, verdict: r.data.verdict }))).toEqual([
      { cause: causeOf(attr), verdict: 'conflicting' },
    ]);
    const [requested] = await log.of('ReviewRequested', claimId);
    expect(older.position).toBe(requested.position);
    // What readers see: the incident picture's claim, with its review open.
    const picture = await until('the picture at the last run', async () => {
      const r = await h.t.http
        .get(`/v1/incidents/${incidentId}`)
        .query({ minPosition: runs[runs.length - 1].position })
        .set(bearer(h.t.keys.analyst));
      return r.status === 200 ? r.body : undefined;
    });
    const claim = picture.claims.find((c: any) => c.id === claimId);
    expect({
      last: `${runs[runs.length - 1].data.checks.cause.type}:${runs[runs.length - 1].data.verdict}`,
      shown: claim.corroboration?.verdict,
    }).toEqual({ last: 'AttributionAssessed:conflicting', shown: 'conflicting' });
  });
});
