import { Controller, Get, Inject, type OnModuleDestroy, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { z } from 'zod';
import { ApiRead, RequireRole } from '@app/domain';
import { problem } from '@app/http';
import { QUEUE_HANDLES } from './queue-admin.tokens.js';
import { FailedJobsResponse } from './queues-admin.response.js';

// minPosition: API.md lets every read wait for a position (the global interceptor does the waiting).
const FailedQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  minPosition: z.coerce.number().int().min(0).optional().meta({ description: 'Wait (up to a few seconds) until every read model has applied this position' }),
});

let gauge: Gauge | undefined;

/** Failed jobs stay visible here (and in bull-board at /admin/queues) until they age out. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin/jobs')
export class QueuesAdminController implements OnModuleDestroy {
  constructor(@Inject(QUEUE_HANDLES) private readonly queues: Queue[]) {
    gauge ??= new Gauge({
      name: 'claimtrail_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      collect: async () => {
        for (const q of this.queues) {
          const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children').catch(() => null);
          for (const [state, n] of Object.entries(counts ?? {})) gauge!.set({ queue: q.name, state }, n);
        }
      },
    });
  }

  @Get('failed')
  @ApiOperation({ summary: 'Failed jobs of every queue, newest first, with their reason and attempts' })
  @ApiRead(FailedJobsResponse, 'Failed jobs', { role: 'admin' })
  async failed(@Query({ schema: FailedQuery }) q: z.infer<typeof FailedQuery>): Promise<FailedJobsResponse> {
    try {
      const lists = await Promise.all(this.queues.map(async (queue) => (await queue.getFailed(0, q.limit - 1)).map((j) => ({ queue: queue.name, job: j }))));
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
        .slice(0, q.limit);
      return { items };
    } catch {
      throw problem(503, 'queue-unavailable', 'The job queue (Redis) is unavailable', { headers: { 'Retry-After': '5' } });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
  }
}
