import { Public } from '@app/http';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { HealthIndicators } from '@app/runtime';

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
  @HealthCheck()
  check() {
    return this.health.check([() => this.indicators.postgres(), () => this.indicators.redisStatus(), () => this.indicators.lag(), () => this.indicators.readers()]);
  }

  /** Liveness: the process answers. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
