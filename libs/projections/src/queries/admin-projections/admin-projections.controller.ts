import { Controller, Get, HttpCode, Inject, Logger, type OnModuleDestroy, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ApiAnswer, ApiIdempotencyKey, ApiProblems, ApiRead, idParamSchema, RequireRole } from '@app/domain';
import { problem } from '@app/http';
import { KYSELY } from '@app/runtime';
import { checkpointName, PROJECTIONS } from '../../model/registry.js';
import { followerLags } from '@app/event-store';
import { createMaintenanceQueue } from '../../rebuild/maintenance-queue.js';
import { RebuildConflictError, RebuildRunner, toReport } from '../../rebuild/rebuild-runner.js';
import { ProjectionsResponse, RebuildResponse, RebuildStartedResponse } from './admin-projections.response.js';

const ProjectionName = z.enum(['all', ...PROJECTIONS.map((p) => p.name)] as [string, ...string[]]);

@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin')
export class AdminProjectionsController implements OnModuleDestroy {
  private readonly logger = new Logger('AdminProjections');
  private queue?: Queue;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<any>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('projections')
  @ApiOperation({ summary: 'Each read model: its position, lag behind the log, and last rebuild' })
  @ApiRead(ProjectionsResponse, 'Every read model', { role: 'admin', minPosition: true })
  async projections(): Promise<ProjectionsResponse> {
    const lags = new Map((await followerLags(this.db, PROJECTIONS.map((p) => checkpointName(p.name)))).map((l) => [l.name, l]));
    const { rows } = await sql<{ name: string; last: any }>`
      select p.name, (select to_jsonb(r) from projection_rebuilds r where r.projection in (p.name, 'all') order by r.started_at desc limit 1) as last
        from unnest(${PROJECTIONS.map((p) => p.name)}::text[]) as p(name)`.execute(this.db);
    const total = await sql<{ n: number }>`select count(*)::int as n from events`.execute(this.db);
    return {
      items: rows.map((r) => {
        const l = lags.get(checkpointName(r.name));
        return { name: r.name, position: l?.position ?? 0, lag: l ? l.lag : total.rows[0].n, lastRebuild: r.last ? toReport(r.last) : null };
      }),
    };
  }

  @Post('projections/:name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild a read model (or all) into shadow tables and swap them in; 409 while one runs' })
  @ApiIdempotencyKey()
  @ApiAnswer(202, RebuildStartedResponse, 'Enqueued for the worker')
  @ApiProblems(
    400,
    401,
    403,
    [409, 'A rebuild of it (or of all) is already running: the problem\'s `id` names it; or a request with this Idempotency-Key is still being processed'],
    413,
    415,
    [422, 'An Idempotency-Key reused with another body'],
    429,
    [503, 'The job queue (Redis) is unavailable, or the database: retry after Retry-After'],
  )
  async rebuild(@Param('name', { schema: ProjectionName }) name: string): Promise<RebuildStartedResponse> {
    const runner = new RebuildRunner(this.db);
    let id: string;
    try {
      id = await runner.begin(name, 'admin');
    } catch (err) {
      if (err instanceof RebuildConflictError) throw problem(409, 'conflict/rebuild_running', err.message, { id: err.runningId });
      throw err;
    }
    try {
      this.queue ??= createMaintenanceQueue(this.config);
      await this.queue.add('rebuild', { rebuildId: id, projection: name, trigger: 'admin' }, { jobId: `rebuild-${id}` });
    } catch (err) {
      this.logger.warn(`could not enqueue rebuild ${id}: ${(err as Error).message}`);
      await sql`update projection_rebuilds set status = 'failed', finished_at = now(), error = 'queue unavailable' where id = ${id}`.execute(this.db);
      throw problem(503, 'queue-unavailable', 'The job queue (Redis) is unavailable; try again shortly', { headers: { 'Retry-After': '5' } });
    }
    return { id };
  }

  @Get('rebuilds/:id')
  @ApiOperation({ summary: 'A rebuild: status, events replayed, events/s and drift against the model it replaced' })
  @ApiRead(RebuildResponse, 'The rebuild', { role: 'admin', notFound: 'Unknown rebuild', minPosition: true })
  async rebuildStatus(@Param('id', { schema: idParamSchema }) id: string): Promise<RebuildResponse> {
    const { rows } = await sql<any>`select * from projection_rebuilds where id = ${id}`.execute(this.db);
    if (!rows[0]) throw problem(404, 'not-found', `rebuild ${id} not found`);
    return toReport(rows[0]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }
}
