import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { z } from 'zod';
import type { FailedJobsResponse } from './queues-admin.response.js';

// minPosition: docs/API.md lets every read wait for a position (the global interceptor does the waiting).
export const FailedJobsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  minPosition: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Wait (up to a few seconds) until every read model has applied this position' }),
});
export type FailedJobsQueryParams = z.infer<typeof FailedJobsQuerySchema>;

/** Failed jobs of every queue, newest first; throws when a queue cannot be read (Redis down). */
export async function listFailedJobs(queues: Queue[], limit: number): Promise<FailedJobsResponse> {
  const lists = await Promise.all(
    queues.map(async (queue) => (await queue.getFailed(0, limit - 1)).map((j) => ({ queue: queue.name, job: j }))),
  );
  const items = lists
    .flat()
    .filter((x) => x.job)
    .map(({ queue, job }) => ({
      queue,
      id: job.id,
      name: job.name,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      finishedOn: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      data: job.data,
    }))
    .sort((a, b) => (b.finishedOn ?? '').localeCompare(a.finishedOn ?? ''))
    .slice(0, limit);
  return { items };
}

let gauge: Gauge | undefined;

/** `claimtrail_queue_jobs{queue,state}`, collected at scrape time; registered once per process. */
export function registerQueueDepthGauge(queues: Queue[]): void {
  gauge ??= new Gauge({
    name: 'claimtrail_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    collect: async () => {
      for (const q of queues) {
        const counts = await q
          .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children')
          .catch(() => null);
        for (const [state, n] of Object.entries(counts ?? {})) gauge!.set({ queue: q.name, state }, n);
      }
    },
  });
}
