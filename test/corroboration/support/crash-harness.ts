// The set-up the corroboration crash suites share (crash.int-spec.ts, crash-races.int-spec.ts): a
// harness whose runtimes the suite starts itself (the dispatcher here, processors as each test
// needs them), a Redis client on its BullMQ prefix, the source Dawn and three groups. The `let`
// bindings are live ES module exports: useCrashHarness's beforeAll sets them. Below them, the
// harness's helpers bound to this harness (its log, its queue, a claim citing Dawn).
import { afterAll, beforeAll } from '@jest/globals';
import { Redis } from 'ioredis';
import { Seeder } from '../../e2e/support/e2e.js';
import {
  createHarness,
  eventAt,
  eventsOfType,
  flowResult,
  queuesIdle,
  recordClaim,
  until,
  type Harness,
  type LoggedEvent,
} from './harness.js';

export let h: Harness;
export let seed: Seeder;
export let redis: Redis;
export let dawn: string;

/**
 * Registers the suite's beforeAll and afterAll under `label`. The log follower alone runs (it
 * enqueues flows, processes nothing), and with `processor` a processing runtime beside it.
 */
export function useCrashHarness(label: string, o: { processor?: boolean } = {}): void {
  beforeAll(async () => {
    // Long escalation delay: escalations are not what these files look at. Four jobs at once per
    // worker: a flow's four held checks fill a gated worker, so it takes no other flow's jobs.
    h = await createHarness({ label, runtime: false, escalationMs: 600_000, env: { CORROBORATION_CONCURRENCY: '4' } });
    seed = new Seeder(h.t);
    const u = new URL(h.redisUrl);
    redis = new Redis({ host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: 1 });
    dawn = await seed.source({ name: 'Dawn', reliability: 'A' });
    await seed.group('Patron Group', []);
    await seed.group('Claimant Group', []);
    await seed.group('Plain Group', []);
    h.startRuntime({ dispatch: true, process: false });
    if (o.processor) h.startRuntime({ dispatch: false, process: true });
  });

  afterAll(async () => {
    redis?.disconnect();
    await h?.close();
  });
}

/** A claim by `group` at `claimedAt` citing Dawn: its id, ClaimRecorded event and flow job id. */
export const claimBy = (incidentId: string, group: string, claimedAt: string) =>
  recordClaim(h, seed, incidentId, group, claimedAt, dawn);

/** The result of the flow `cause` caused for `claimId`, once its parent job completed. */
export const flowOutcome = (cause: { eventId: string }, claimId: string, timeoutMs?: number) =>
  flowResult(h, cause, claimId, timeoutMs);

/** The harness's log: the event at a position; a claim's events of a type (every claim's without one). */
export const log = {
  at: (position: number): Promise<LoggedEvent> => eventAt(h.t.tdb.owner.db, position),
  of: (type: 'CorroborationCompleted' | 'ReviewRequested', claimId?: string): Promise<LoggedEvent[]> =>
    eventsOfType(h.t.tdb.owner.db, type, { claimId }),
};

/** Waits until the corroboration queue has no job left waiting or running. */
export const drained = (timeoutMs?: number) =>
  until('the corroboration queue to drain', () => queuesIdle([h.queues.corroboration]), timeoutMs);
