import { FlowProducer, type Queue } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import { evolveIncident, evolveStatement, incidentStreamId } from '@app/domain';
import { CHECK_NAMES, checkJobId, corroborationJobId, escalationJobId, JOBS, QUEUES } from '@app/config';
import {
  activeClaimsBySpokesperson,
  claimsAwaitingVerdict,
  type EventStore,
  type LogFollower,
  type RecordedEvent,
  type Database,
} from '@app/event-store';
import { type ClaimJobData, type EscalateJobData, pendingKey } from './job-data.js';

const REEVALUATE_CLAIM = new Set(['ClaimSourceAdded', 'ClaimRetracted']);
const REEVALUATE_INCIDENT = new Set(['ClaimDenied', 'AttributionAssessed', 'AttributionWithdrawn']);
/** Incident events that change the record of the claim's spokesperson (the claims part of it). */
const SPOKESPERSON_RECORD = new Set(['ClaimRetracted', 'ReviewResolved']);

export interface DispatcherOptions {
  store: EventStore;
  redis: Redis | Cluster;
  prefix: string;
  flows: FlowProducer;
  corroboration: Queue;
  reviews: Queue;
  escalationDelayMs: number;
}

const retry = { attempts: 8, backoff: { type: 'exponential' as const, delay: 500, jitter: 0.5 } };

/**
 * Follows the log (a LogFollower, so it gets a checkpoint and a single runner under its lease)
 * and turns events into jobs with deterministic ids: a crash between enqueue and checkpoint
 * re-enqueues ids BullMQ already has, so no workflow runs twice for one event. When Redis is
 * down the batch fails, the checkpoint stays, and the events wait in Postgres.
 */
export interface Dispatcher extends LogFollower {
  /**
   * Enqueues again the flows of claims recorded more than `olderThanMs` ago whose latest trigger
   * (the claim, a later source, retraction, denial or attribution, a change of its spokesperson's
   * record) has no verdict yet and no flow in
   * Redis (lost with Redis' data); one page after `after` (a position) per call.
   * Returns the position to continue after (0 once the end is reached) and how many it enqueued.
   */
  sweep(
    db: Kysely<Database>,
    after: number,
    olderThanMs: number,
    limit?: number,
  ): Promise<{ next: number; enqueued: number }>;
}

export function corroborationDispatcher(opts: DispatcherOptions): Dispatcher {
  const incidentOf = (e: RecordedEvent) => e.streamId.slice('incident-'.length);
  const flowFor = async (e: RecordedEvent, claimId: string, incidentId = incidentOf(e)) => {
    const jobId = corroborationJobId(e.eventId, claimId);
    // While a flow for this claim has not started, a change folds into it (it reads the log when
    // it runs). Its checks clear the marker as they start; a retried batch finds its own id.
    const key = pendingKey(opts.prefix, claimId);
    const pending = await opts.redis.get(key);
    if (pending && pending !== jobId) return;
    // A replayed event whose flow BullMQ already has: nothing to add, and no marker to set
    // (it would never be cleared if that flow has already run).
    if (await opts.corroboration.getJob(jobId)) return;
    await opts.redis.set(key, jobId, 'EX', 7 * 86400);
    const data: ClaimJobData = {
      incidentId,
      claimId,
      causeEventId: e.eventId,
      causeType: e.type,
      causePosition: e.position,
      flowId: jobId,
      correlationId: (e.metadata.correlationId as string | undefined) ?? null,
    };
    const keep = { removeOnComplete: { age: 7 * 86400, count: 20000 }, removeOnFail: { count: 5000 } };
    const added = await opts.flows.add({
      name: JOBS.corroborate,
      queueName: QUEUES.corroboration,
      data,
      opts: { jobId, ...retry, ...keep },
      children: CHECK_NAMES.map((c) => ({
        name: JOBS[c],
        queueName: QUEUES.corroboration,
        data,
        opts: { jobId: checkJobId(jobId, c), ...retry, ...keep },
      })),
    });
    // BullMQ can answer without having stored the whole flow (a producer closing answers nothing; only
    // the parent's reply is checked): make sure the parent and every check exist, else fail the batch
    // so it is dispatched again, rather than move the checkpoint past a claim that will get no verdict.
    const keys = [jobId, ...CHECK_NAMES.map((c) => checkJobId(jobId, c))].map((id) => opts.corroboration.toKey(id));
    const stored = added ? await opts.redis.exists(...keys) : 0;
    if (stored !== keys.length)
      throw new Error(`flow ${jobId} was not stored whole by BullMQ (${stored} of ${keys.length} jobs)`);
  };
  const spokespersonOf = async (e: RecordedEvent, claimId: string) => {
    const { state } = await opts.store.aggregateStream(
      e.streamId,
      { evolve: evolveIncident },
      { toPosition: e.position },
    );
    return state?.claims.find((c) => c.id === claimId)?.spokespersonId ?? null;
  };
  return {
    name: 'dispatcher',
    async sweep(db, after, olderThanMs, limit = 200) {
      const { last, due } = await claimsAwaitingVerdict(db, after, olderThanMs, limit);
      if (!last) return { next: 0, enqueued: 0 };
      let enqueued = 0;
      for (const { claimId, incidentId, trigger } of due) {
        const event = opts.store.toRecorded(trigger);
        const jobId = corroborationJobId(event.eventId, claimId);
        if (await opts.corroboration.getJob(jobId)) continue;
        // The trigger may be on another stream (a statement assessed, another claim's retraction).
        await flowFor(event, claimId, incidentId);
        if (await opts.corroboration.getJob(jobId)) enqueued++;
      }
      return { next: last, enqueued };
    },
    async apply(events: RecordedEvent[], trx: Kysely<Database>) {
      // A spokesperson's record changed: every claim they speak for is weighed again.
      const spokespersonChanged = async (e: RecordedEvent, personId: string | null | undefined) => {
        if (!personId) return;
        for (const c of await activeClaimsBySpokesperson(trx, personId, e.position))
          await flowFor(e, c.claimId, c.incidentId);
      };
      for (const e of events) {
        if (e.type === 'StatementAssessed') {
          const { state } = await opts.store.aggregateStream(
            e.streamId,
            { evolve: evolveStatement },
            { toPosition: e.position },
          );
          await spokespersonChanged(e, state?.authorPersonId);
          continue;
        }
        if (e.streamType !== 'incident') continue;
        const data = e.data as { claimId?: string; reviewId?: string };
        if (e.type === 'ClaimRecorded' || REEVALUATE_CLAIM.has(e.type)) {
          await flowFor(e, data.claimId!);
          if (SPOKESPERSON_RECORD.has(e.type)) await spokespersonChanged(e, await spokespersonOf(e, data.claimId!));
        } else if (REEVALUATE_INCIDENT.has(e.type)) {
          const { state } = await opts.store.aggregateStream(
            incidentStreamId(incidentOf(e)),
            { evolve: evolveIncident },
            { toPosition: e.position },
          );
          for (const c of state?.claims.filter((c) => c.status === 'active') ?? []) await flowFor(e, c.id);
        } else if (e.type === 'ReviewRequested') {
          const job: EscalateJobData = {
            incidentId: incidentOf(e),
            reviewId: data.reviewId!,
            correlationId: (e.metadata.correlationId as string) ?? null,
          };
          await opts.reviews.add(JOBS.escalate, job, {
            jobId: escalationJobId(data.reviewId!),
            delay: Math.max(0, opts.escalationDelayMs - (Date.now() - e.recordedAt.getTime())),
            ...retry,
            removeOnComplete: { count: 10000 },
            removeOnFail: { count: 5000 },
          });
        } else if (e.type === 'ReviewResolved') {
          await spokespersonOf(e, data.claimId!).then((p) => spokespersonChanged(e, p));
          // Resolving cancels the escalation; a job already running re-checks the state and does nothing.
          const job = await opts.reviews.getJob(escalationJobId(data.reviewId!));
          if (job && (await job.isDelayed())) await job.remove();
        }
      }
    },
  };
}
