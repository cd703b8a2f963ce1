// Every name the processes agree on through Redis or the database, declared once: queues, jobs
// and their ids, followers (checkpoint and lease names) and the corroboration checks. Other libs
// derive from these. The strings are stored (BullMQ keys, `checkpoints`, `follower_leases`), so
// renaming one strands what is already stored under the old name.

/** The corroboration checks; each runs as a child job of a claim's flow. The order is the flow's. */
export const CHECK_NAMES = ['independent-sources', 'competing-claims', 'group-relations', 'claimant-history'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** The read models (each a follower `projection:<name>`). */
export const PROJECTION_NAMES = {
  incidents: 'incidents',
  groups: 'groups',
  sources: 'sources',
  persons: 'persons',
  statements: 'statements',
} as const;
export type ProjectionName = (typeof PROJECTION_NAMES)[keyof typeof PROJECTION_NAMES];

export const QUEUES = { corroboration: 'corroboration', reviews: 'reviews', maintenance: 'maintenance' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const checkJob = <C extends CheckName>(check: C) => `check:${check}` as const;

export const JOBS = {
  /** A flow's parent: combines its checks' results into the verdict. */
  corroborate: 'corroborate-claim',
  escalate: 'escalate-review',
  rebuild: 'rebuild',
  ...(Object.fromEntries(CHECK_NAMES.map((c) => [c, checkJob(c)])) as { [C in CheckName]: `check:${C}` }),
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** The queue each job is added to and processed from. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JOBS.corroborate]: QUEUES.corroboration,
  [JOBS.escalate]: QUEUES.reviews,
  [JOBS.rebuild]: QUEUES.maintenance,
  ...(Object.fromEntries(CHECK_NAMES.map((c) => [JOBS[c], QUEUES.corroboration])) as Record<
    `check:${CheckName}`,
    QueueName
  >),
};

/** Job scheduler ids (BullMQ repeatable jobs). */
export const SCHEDULERS = { nightlyRebuild: 'nightly-rebuild' } as const;

// Deterministic job ids: a replayed event or a re-sent request finds the job BullMQ already has.
export const corroborationJobId = (causeEventId: string, claimId: string) => `corroborate_${causeEventId}_${claimId}`;
export const checkJobId = (flowJobId: string, check: CheckName) => `${flowJobId}_${check}`;
export const escalationJobId = (reviewId: string) => `escalate_${reviewId}`;
export const rebuildJobId = (rebuildId: string) => `rebuild-${rebuildId}`;

/** Singleton log followers: each name is both its checkpoint row and its lease. */
export const projectionFollower = (projection: string) => `projection:${projection}`;
export const FOLLOWERS = {
  dispatcher: 'workflow:dispatcher',
  sealer: 'ledger:sealer',
  ...(Object.fromEntries(Object.values(PROJECTION_NAMES).map((p) => [p, projectionFollower(p)])) as {
    [P in ProjectionName]: `projection:${P}`;
  }),
} as const;
export type FollowerName = (typeof FOLLOWERS)[keyof typeof FOLLOWERS];

/**
 * Start-up check: every declared job of the given queues has a processor there. A worker passes
 * the job names its processors handle, per queue it consumes.
 */
export function assertEveryJobHasProcessor(processors: Partial<Record<QueueName, readonly string[]>>): void {
  const missing = Object.entries(JOB_QUEUE).filter(
    ([job, queue]) => queue in processors && !processors[queue]?.includes(job),
  );
  if (missing.length) throw new Error(`no processor for job(s): ${missing.map(([j, q]) => `${q}/${j}`).join(', ')}`);
}

/**
 * The default QUEUE_PREFIX: derived from the database's own identity (a random id its first
 * migration stored), so two deployments sharing one Redis never take each other's jobs, while
 * every process of one deployment agrees. A hash tag, so it suits a Redis Cluster too.
 */
export const queuePrefixOf = (deploymentId: string) => `{claimtrail-${deploymentId.replace(/-/g, '').slice(0, 16)}}`;
