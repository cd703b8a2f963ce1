import { type Job, UnrecoverableError } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import {
  decideCompleteCorroboration,
  decideEscalateReview,
  deterministicId,
  DomainError,
  evolveIncident,
  incidentStreamId,
  type CommandContext,
  type StreamWriter,
} from '@app/domain';
import { type CheckName, JOBS } from '@app/config';
import { IdempotencyConflictError } from '@app/event-store';
import type { CheckResult } from '../checks/check.types.js';
import { scoreClaimantHistory } from '../checks/claimant-history.check.js';
import { scoreCompetingClaims } from '../checks/competing-claims.check.js';
import { scoreGroupRelations } from '../checks/group-relations.check.js';
import { scoreIndependentSources } from '../checks/independent-sources.check.js';
import { combineChecks } from '../checks/verdict.js';
import type { ClaimContext, ClaimContextRepository } from './claim-context.repository.js';
import { type ClaimJobData, type EscalateJobData, pendingKey } from './job-data.js';

/**
 * A run whose verdict is already replaced by one with a later cause records nothing (flows can
 * finish out of order).
 */
function supersededBy(stored: readonly { type: string; data: any }[], d: ClaimJobData): boolean {
  return stored.some(
    (e) =>
      e.type === 'CorroborationCompleted' &&
      e.data?.claimId === d.claimId &&
      Number(e.data?.checks?.cause?.position ?? -1) > d.causePosition,
  );
}

/** A job about something that does not exist, or breaks a rule, will not get better by retrying. */
async function unrecoverableOnBadData<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof DomainError) throw new UnrecoverableError(err.message);
    throw err;
  }
}

const CONTEXT_TTL_MS = 5000;

const SYSTEM_ACTOR = { keyId: 'system:corroboration', role: 'admin' as const, name: 'corroboration workflow' };

const CHECKS: Record<CheckName, (c: ClaimContext) => CheckResult> = {
  'independent-sources': (c) => scoreIndependentSources(c.sources, c.spokesperson),
  'competing-claims': (c) => scoreCompetingClaims(c.claim.groupId, c.activeClaimants, c.names),
  'group-relations': (c) =>
    scoreGroupRelations({
      claimantId: c.claim.groupId,
      incidentDate: c.incident.occurredAt?.earliest ?? null,
      relations: c.relations,
      attributedGroupIds: c.attributedGroupIds,
      names: c.names,
    }),
  'claimant-history': (c) => scoreClaimantHistory(c.history),
};

export interface ProcessorDeps {
  contexts: ClaimContextRepository;
  /** The version of a stream in this database (0: it has none). */
  streamVersion: (streamId: string) => Promise<number>;
  redis: Redis | Cluster;
  prefix: string;
  writer: StreamWriter;
  log: (msg: string, fields?: Record<string, unknown>) => void;
}

/** Thin processors: read the claim's context, call the pure checks, record the outcome. */
export class CorroborationProcessors {
  /** A flow's context, read once for its four checks when they run in this process (by flow id, for a few seconds). */
  private readonly contexts = new Map<string, Promise<ClaimContext | null>>();
  /** Incidents seen in this database: a stream once written stays, so each is looked up once (bounded). */
  private readonly knownIncidents = new Set<string>();

  constructor(private readonly deps: ProcessorDeps) {}

  /** Job names each queue's processor handles (checked against the declared jobs at start-up). */
  static readonly handles = {
    corroboration: [JOBS.corroborate, ...(Object.keys(CHECKS) as CheckName[]).map((c) => JOBS[c])],
    reviews: [JOBS.escalate],
  } as const;

  async corroboration(job: Job<ClaimJobData>): Promise<unknown> {
    await this.refuseForeign(job);
    return unrecoverableOnBadData(() => this.corroborationJob(job));
  }

  /**
   * A job naming an incident this database does not hold was queued by another deployment sharing
   * this Redis under the same QUEUE_PREFIX: refuse it at once (no retries, no writes) and say so.
   */
  private async refuseForeign(job: Job<{ incidentId?: string; correlationId?: string | null }>): Promise<void> {
    const incidentId = job.data?.incidentId;
    if (typeof incidentId === 'string' && this.knownIncidents.has(incidentId)) return;
    if (typeof incidentId === 'string' && (await this.deps.streamVersion(incidentStreamId(incidentId))) > 0) {
      if (this.knownIncidents.size >= 10_000) this.knownIncidents.clear();
      this.knownIncidents.add(incidentId);
      return;
    }
    const message =
      `foreign job: incident ${String(incidentId)} is not in this database ` +
      '(another deployment on this Redis with the same QUEUE_PREFIX?)';
    this.deps.log(message, { level: 'error', queue: job.queueName, name: job.name, id: job.id, foreign: true });
    throw new UnrecoverableError(message);
  }

  private async corroborationJob(job: Job<ClaimJobData>): Promise<unknown> {
    const d = job.data;
    if (job.name === JOBS.corroborate) return this.complete(job);
    const check = (Object.keys(CHECKS) as CheckName[]).find((c) => JOBS[c] === job.name);
    if (!check) throw new UnrecoverableError(`unknown job ${job.name}`);
    const ctx = await this.contextOf(d);
    if (!ctx) throw new UnrecoverableError(`claim ${d.claimId} of incident ${d.incidentId} not found`);
    return CHECKS[check](ctx);
  }

  /**
   * Read after the pending marker is gone: a change recorded after it has a flow of its own, so the
   * flow's checks may share one read of the log (and one clearing of the marker, in this process).
   */
  private contextOf(d: ClaimJobData): Promise<ClaimContext | null> {
    const cached = this.contexts.get(d.flowId);
    if (cached) return cached;
    const loading = this.startReading(d).then(() => this.deps.contexts.load(d.incidentId, d.claimId));
    this.contexts.set(d.flowId, loading);
    const forget = () => this.contexts.delete(d.flowId);
    loading.then(() => setTimeout(forget, CONTEXT_TTL_MS).unref(), forget);
    return loading;
  }

  /** This flow has started reading: from now on a change needs a flow of its own. */
  private async startReading(d: ClaimJobData): Promise<void> {
    const key = pendingKey(this.deps.prefix, d.claimId);
    if ((await this.deps.redis.get(key)) === d.flowId) await this.deps.redis.del(key);
  }

  private async complete(job: Job<ClaimJobData>): Promise<unknown> {
    const d = job.data;
    const results = Object.values(await job.getChildrenValues()) as CheckResult[];
    const { score, verdict, reasons } = combineChecks(results);
    const ctx: CommandContext = { actor: SYSTEM_ACTOR, correlationId: d.correlationId ?? `job:${job.id}` };
    // Ids derive from the run's cause, not the job id (re-evaluations reuse theirs).
    const jobKey = `${d.causeEventId}/${d.claimId}`;
    try {
      const r = await this.deps.writer.write({
        streamId: incidentStreamId(d.incidentId),
        evolve: evolveIncident,
        ctx,
        resultId: d.claimId,
        incidentId: d.incidentId,
        // Ids derived from the job: a rerun after a crash appends nothing new.
        eventIds: (i, e) => deterministicId(`${jobKey}/${e.type}/${i}`),
        decide: (s, stored) =>
          supersededBy(stored, d)
            ? []
            : decideCompleteCorroboration(s, {
                incidentId: d.incidentId,
                claimId: d.claimId,
                score,
                verdict,
                checks: { results, cause: { eventId: d.causeEventId, type: d.causeType, position: d.causePosition } },
                reviewId: deterministicId(`${jobKey}/review`),
                reviewReason: reasons.join('; ') || null,
              }),
      });
      this.deps.log('corroboration completed', {
        correlationId: ctx.correlationId,
        claimId: d.claimId,
        verdict,
        score,
        position: r.position,
      });
      return { score, verdict, position: r.position };
    } catch (err) {
      if (err instanceof IdempotencyConflictError) return { score, verdict, alreadyRecorded: true };
      throw err;
    }
  }

  async reviews(job: Job<EscalateJobData>): Promise<unknown> {
    await this.refuseForeign(job);
    return unrecoverableOnBadData(() => this.reviewJob(job));
  }

  private async reviewJob(job: Job<EscalateJobData>): Promise<unknown> {
    const d = job.data;
    const ctx: CommandContext = { actor: SYSTEM_ACTOR, correlationId: d.correlationId ?? `job:${job.id}` };
    try {
      const r = await this.deps.writer.write({
        streamId: incidentStreamId(d.incidentId),
        evolve: evolveIncident,
        ctx,
        resultId: d.reviewId,
        incidentId: d.incidentId,
        eventIds: (i, e) => deterministicId(`${d.reviewId}/escalation/${e.type}/${i}`),
        decide: (s) => decideEscalateReview(s, { incidentId: d.incidentId, reviewId: d.reviewId }),
      });
      this.deps.log('review escalation checked', {
        correlationId: ctx.correlationId,
        reviewId: d.reviewId,
        position: r.position,
      });
      return r;
    } catch (err) {
      if (err instanceof IdempotencyConflictError) return { alreadyRecorded: true };
      throw err;
    }
  }
}
