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

/** A claim to corroborate, because of `event` (its cause). */
interface FlowRequest {
  event: RecordedEvent;
  claimId: string;
  incidentId: string;
}

/** Flows added by one BullMQ call: a MULTI per chunk, so a burst's batch is a few round trips, not five per claim. */
const FLOWS_PER_CALL = 200;

export function corroborationDispatcher(opts: DispatcherOptions): Dispatcher {
  const incidentOf = (e: RecordedEvent) => e.streamId.slice('incident-'.length);
  const keep = { removeOnComplete: { age: 7 * 86400, count: 20000 }, removeOnFail: { count: 5000 } };
  const flowOf = ({ event: e, claimId, incidentId, jobId }: FlowRequest & { jobId: string }) => {
    const data: ClaimJobData = {
      incidentId,
      claimId,
      causeEventId: e.eventId,
      causeType: e.type,
      causePosition: e.position,
      flowId: jobId,
      correlationId: (e.metadata.correlationId as string | undefined) ?? null,
    };
    return {
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
    };
  };
  const pipelined = async (build: (p: ReturnType<Redis['pipeline']>) => void): Promise<unknown[]> => {
    const pipeline = opts.redis.pipeline();
    build(pipeline);
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([err]) => err);
    if (failed) throw failed[0];
    return replies.map(([, value]) => value);
  };
  /**
   * Adds the flows of `requests` (in log order) and returns how many it added. While a flow for a
   * claim has not started, a later change folds into it (it reads the log when it runs): a claim
   * whose pending marker names another flow, or met again in this batch, gets none. Its checks clear
   * the marker as they start; a retried batch finds its own id. A flow BullMQ already has is not
   * added again, and gets no marker (it would never be cleared if that flow has already run).
   */
  const enqueue = async (requests: FlowRequest[]): Promise<number> => {
    if (!requests.length) return 0;
    const jobs = requests.map((r) => ({ ...r, jobId: corroborationJobId(r.event.eventId, r.claimId) }));
    const known = await pipelined((p) => {
      for (const j of jobs) p.get(pendingKey(opts.prefix, j.claimId)).exists(opts.corroboration.toKey(j.jobId));
    });
    const marker = new Map<string, unknown>();
    const added = new Map<string, (typeof jobs)[number]>();
    jobs.forEach((j, i) => {
      const pending = marker.has(j.claimId) ? marker.get(j.claimId) : known[2 * i];
      if ((pending && pending !== j.jobId) || known[2 * i + 1] || added.has(j.jobId)) return;
      marker.set(j.claimId, j.jobId);
      added.set(j.jobId, j);
    });
    const adding = [...added.values()];
    for (let i = 0; i < adding.length; i += FLOWS_PER_CALL) {
      const chunk = adding.slice(i, i + FLOWS_PER_CALL);
      await pipelined((p) => {
        for (const j of chunk) p.set(pendingKey(opts.prefix, j.claimId), j.jobId, 'EX', 7 * 86400);
      });
      const nodes = await opts.flows.addBulk(chunk.map(flowOf));
      // BullMQ can answer without having stored every flow whole (a producer closing answers nothing):
      // make sure each parent and every check exist, else fail the batch so it is dispatched again,
      // rather than move the checkpoint past a claim that will get no verdict.
      const ids = chunk.flatMap((j) => [j.jobId, ...CHECK_NAMES.map((c) => checkJobId(j.jobId, c))]);
      const stored =
        nodes?.length === chunk.length ? await opts.redis.exists(...ids.map((id) => opts.corroboration.toKey(id))) : 0;
      if (stored !== ids.length)
        throw new Error(`flows ${chunk[0].jobId}… were not stored whole by BullMQ (${stored} of ${ids.length} jobs)`);
    }
    return adding.length;
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
      // The trigger may be on another stream (a statement assessed, another claim's retraction).
      const enqueued = await enqueue(
        due.map(({ claimId, incidentId, trigger }) => ({ event: opts.store.toRecorded(trigger), claimId, incidentId })),
      );
      return { next: last, enqueued };
    },
    async apply(events: RecordedEvent[], trx: Kysely<Database>) {
      // The batch's flows, in log order, are added together once the batch is read.
      const flows: FlowRequest[] = [];
      const flowFor = (event: RecordedEvent, claimId: string, incidentId = incidentOf(event)) =>
        flows.push({ event, claimId, incidentId });
      // A spokesperson's record changed: every claim they speak for is weighed again.
      const spokespersonChanged = async (e: RecordedEvent, personId: string | null | undefined) => {
        if (!personId) return;
        for (const c of await activeClaimsBySpokesperson(trx, personId, e.position))
          flowFor(e, c.claimId, c.incidentId);
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
          flowFor(e, data.claimId!);
          if (SPOKESPERSON_RECORD.has(e.type)) await spokespersonChanged(e, await spokespersonOf(e, data.claimId!));
        } else if (REEVALUATE_INCIDENT.has(e.type)) {
          const { state } = await opts.store.aggregateStream(
            incidentStreamId(incidentOf(e)),
            { evolve: evolveIncident },
            { toPosition: e.position },
          );
          for (const c of state?.claims.filter((c) => c.status === 'active') ?? []) flowFor(e, c.id);
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
      await enqueue(flows);
    },
  };
}
