import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Logger,
  type OnModuleDestroy,
  Param,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { idParamSchema } from '@app/domain';
import { ApiAnswer, ApiPost, ApiProblems, ApiRead, Ctx, problem, type RequestContext, RequireRole } from '@app/http';
import {
  AlreadyParkedError,
  createMaintenanceQueue,
  ParkedEventIdParam,
  ParkedEventResponse,
  ParkEventBody,
  ParkProjectionNameSchema,
  parkProjectionEvent,
  unparkProjectionEvent,
  ProjectionNameSchema,
  ProjectionsResponse,
  projectionsOverview,
  RebuildConflictError,
  RebuildNotQueuedError,
  RebuildResponse,
  RebuildStartedResponse,
  rebuildStatus,
  requestRebuild,
} from '@app/projections';
import { KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin')
export class AdminProjectionsController implements OnModuleDestroy {
  private readonly logger = new Logger('AdminProjections');
  private queue?: Queue;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('projections')
  @ApiOperation({ summary: 'Each read model: its position, lag behind the log, and last rebuild' })
  @ApiRead(ProjectionsResponse, 'Every read model', { role: 'admin', minPosition: true })
  projections(): Promise<ProjectionsResponse> {
    return projectionsOverview(this.db);
  }

  @Post('projections/:name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild a read model (or all) into shadow tables and swap them in; 409 while one runs' })
  @ApiPost(202, RebuildStartedResponse, 'Enqueued for the worker', {
    role: 'admin',
    conflict: "A rebuild of it (or of all) is already running: the problem's `id` names it",
    problems: [[503, 'The job queue (Redis) is unavailable, or the database: retry after Retry-After']],
  })
  async rebuild(@Param('name', { schema: ProjectionNameSchema }) name: string): Promise<RebuildStartedResponse> {
    try {
      return { id: await requestRebuild(this.db, () => (this.queue ??= createMaintenanceQueue(this.config)), name) };
    } catch (err) {
      if (err instanceof RebuildConflictError)
        throw problem(409, 'conflict/rebuild_running', err.message, { id: err.runningId });
      if (err instanceof RebuildNotQueuedError) {
        this.logger.warn(err.message);
        throw problem(503, 'queue-unavailable', 'The job queue (Redis) is unavailable; try again shortly', {
          headers: { 'Retry-After': '5' },
        });
      }
      throw err;
    }
  }

  @Post('projections/:name/parked')
  @ApiOperation({
    summary:
      'Park an event for a read model: its runner skips it (a model stopped at it moves on) and rebuilds leave ' +
      'it out; kept with the reason, who and when',
  })
  @ApiPost(201, ParkedEventResponse, 'Parked', {
    role: 'admin',
    conflict: 'The event is already parked for this read model (`parked` holds the record)',
    unprocessable: 'No event with this eventId in the log',
  })
  async park(
    @Param('name', { schema: ParkProjectionNameSchema }) name: string,
    @Body({ schema: ParkEventBody }) body: ParkEventBody,
    @Ctx() ctx: RequestContext,
  ): Promise<ParkedEventResponse> {
    try {
      const parked = await parkProjectionEvent(this.db, name, {
        ...body,
        actor: { keyId: ctx.actor.keyId, role: ctx.actor.role, name: ctx.actor.name ?? null },
      });
      if (!parked)
        throw problem(422, 'unprocessable', `No event ${body.eventId} in the log`, {
          errors: [{ path: 'eventId', message: 'no event with this id in the log' }],
        });
      this.logger.warn(
        `event ${parked.eventId} (${parked.type} at ${parked.position}) parked for ${name} by ` +
          `${ctx.actor.keyId}: ${parked.reason}`,
      );
      return parked;
    } catch (err) {
      if (err instanceof AlreadyParkedError)
        throw problem(409, 'conflict/already_parked', err.message, { parked: err.parked.eventId });
      throw err;
    }
  }

  @Delete('projections/:name/parked/:eventId')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Unpark an event: the runner applies it if it has not passed it yet; a model already past it takes it at ' +
      'its next rebuild',
  })
  @ApiAnswer(200, ParkedEventResponse, 'Unparked: the park it removed')
  @ApiProblems(400, 401, 403, [404, 'The event is not parked for this read model'], 429, 503)
  async unpark(
    @Param('name', { schema: ParkProjectionNameSchema }) name: string,
    @Param('eventId', { schema: ParkedEventIdParam }) eventId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ParkedEventResponse> {
    const removed = await unparkProjectionEvent(this.db, name, eventId);
    if (!removed) throw problem(404, 'not-found', `event ${eventId} is not parked for ${name}`);
    this.logger.warn(`event ${eventId} unparked for ${name} by ${ctx.actor.keyId}`);
    return removed;
  }

  @Get('rebuilds/:id')
  @ApiOperation({ summary: 'A rebuild: status, events replayed, events/s and drift against the model it replaced' })
  @ApiRead(RebuildResponse, 'The rebuild', { role: 'admin', notFound: 'Unknown rebuild', minPosition: true })
  async rebuildStatus(@Param('id', { schema: idParamSchema }) id: string): Promise<RebuildResponse> {
    const report = await rebuildStatus(this.db, id);
    if (!report) throw problem(404, 'not-found', `rebuild ${id} not found`);
    return report;
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }
}
