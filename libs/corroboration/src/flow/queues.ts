import type { CheckName } from '../checks/check.types.js';
import { CHECK_NAMES } from '../checks/check.types.js';

/** Every queue and job name, declared once; the worker refuses to start if one has no processor. */
export const QUEUES = { corroboration: 'corroboration', reviews: 'reviews' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  corroborate: 'corroborate-claim',
  escalate: 'escalate-review',
  ...(Object.fromEntries(CHECK_NAMES.map((c) => [c, `check:${c}`])) as Record<CheckName, `check:${CheckName}`>),
} as const;

export const JOB_QUEUE: Record<string, QueueName> = {
  [JOBS.corroborate]: QUEUES.corroboration,
  [JOBS.escalate]: QUEUES.reviews,
  ...Object.fromEntries(CHECK_NAMES.map((c) => [JOBS[c], QUEUES.corroboration])),
};

/** What each job carries: enough to find the claim, and the command's correlation id for the logs. */
export interface ClaimJobData {
  incidentId: string;
  claimId: string;
  /** The event that caused this run (ClaimRecorded, or a re-evaluation trigger). */
  causeEventId: string;
  causeType: string;
  /** Global position of the cause: a run never overwrites the verdict of a run with a later cause. */
  causePosition: number;
  /** The flow's parent job id, for the pending marker. */
  flowId: string;
  correlationId: string | null;
}

export interface EscalateJobData {
  incidentId: string;
  reviewId: string;
  correlationId: string | null;
}

export const corroborationJobId = (causeEventId: string, claimId: string) => `corroborate_${causeEventId}_${claimId}`;
/** Marks a claim's flow that has not started yet: later changes fold into it instead of queueing another. */
export const pendingKey = (prefix: string, claimId: string) => `${prefix}:pending-flow:${claimId}`;
export const escalationJobId = (reviewId: string) => `escalate_${reviewId}`;

export function assertEveryJobHasProcessor(processors: Record<QueueName, readonly string[]>): void {
  const missing = Object.entries(JOB_QUEUE).filter(([job, queue]) => !processors[queue]?.includes(job));
  if (missing.length) throw new Error(`no processor for job(s): ${missing.map(([j, q]) => `${q}/${j}`).join(', ')}`);
}
