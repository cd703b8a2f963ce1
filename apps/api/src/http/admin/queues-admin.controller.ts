import { Controller, Get, Inject, type OnModuleDestroy, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import {
  FailedJobsQuerySchema,
  type FailedJobsQueryParams,
  FailedJobsResponse,
  listFailedJobs,
  QUEUE_HANDLES,
  registerQueueDepthGauge,
} from '@app/corroboration';
import { ApiRead, problem, RequireRole } from '@app/http';

/** Failed jobs stay visible here (and in bull-board at /admin/queues) until they age out. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin/jobs')
export class QueuesAdminController implements OnModuleDestroy {
  constructor(@Inject(QUEUE_HANDLES) private readonly queues: Queue[]) {
    registerQueueDepthGauge(queues);
  }

  @Get('failed')
  @ApiOperation({ summary: 'Failed jobs of every queue, newest first, with their reason and attempts' })
  @ApiRead(FailedJobsResponse, 'Failed jobs', { role: 'admin' })
  async failed(@Query({ schema: FailedJobsQuerySchema }) q: FailedJobsQueryParams): Promise<FailedJobsResponse> {
    try {
      return await listFailedJobs(this.queues, q.limit);
    } catch {
      throw problem(503, 'queue-unavailable', 'The job queue (Redis) is unavailable', {
        headers: { 'Retry-After': '5' },
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
  }
}
