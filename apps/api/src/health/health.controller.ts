import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ApiAnswer, ApiProblem, problem, Public } from '@app/http';
import { HealthIndicators } from '@app/runtime';
import { HealthResponse, LivenessResponse } from './health.response.js';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicators,
  ) {}

  /**
   * Readiness: 503 without Postgres, or while a read model is stopped at a failing event (degraded,
   * and not ready: its reads would never catch up); Redis trouble or read-model lag only degrade it.
   */
  @Get()
  // Documented here rather than by terminus, with the body it really sends (a 503 is problem+json).
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiAnswer(200, HealthResponse, 'Ready (possibly degraded: see each indicator)')
  @ApiProblem(
    503,
    'Not ready: Postgres is unreachable, or a read model is stopped at a failing event (`health` holds the ' +
      'degraded result naming it)',
  )
  async check(): Promise<HealthResponse> {
    const result = (await this.health.check([
      () => this.indicators.postgres(),
      () => this.indicators.redisStatus(),
      () => this.indicators.lag(),
      () => this.indicators.readers(),
      () => this.indicators.projections(),
    ])) as HealthResponse;
    const stopped = result.details.projections;
    if (stopped?.status === 'degraded')
      throw problem(503, 'not-ready/projection-stopped', String(stopped.message), {
        headers: { 'Retry-After': '30' },
        health: result,
      });
    return result;
  }

  /** Liveness: the process answers. */
  @Get('live')
  @ApiAnswer(200, LivenessResponse, 'The process answers')
  live(): LivenessResponse {
    return { status: 'ok' };
  }
}
