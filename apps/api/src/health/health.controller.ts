import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ApiAnswer, ApiProblem, Public } from '@app/http';
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

  /** Readiness: 503 without Postgres; Redis trouble or read-model lag only degrade it. */
  @Get()
  // Documented here rather than by terminus, with the body it really sends (a 503 is problem+json).
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiAnswer(200, HealthResponse, 'Ready (possibly degraded: see each indicator)')
  @ApiProblem(503, 'Not ready: Postgres is unreachable')
  check(): Promise<HealthResponse> {
    return this.health.check([
      () => this.indicators.postgres(),
      () => this.indicators.redisStatus(),
      () => this.indicators.lag(),
      () => this.indicators.readers(),
    ]);
  }

  /** Liveness: the process answers. */
  @Get('live')
  @ApiAnswer(200, LivenessResponse, 'The process answers')
  live(): LivenessResponse {
    return { status: 'ok' };
  }
}
