import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule } from '@app/config';
import { CorroborationAdminModule } from '@app/corroboration';
import { DomainModule } from '@app/domain';
import { HttpModule } from '@app/http';
import { ImportsModule } from '@app/imports';
import { ProjectionsModule } from '@app/projections';
import { HealthIndicators, LoggingModule, PersistenceModule, RedisModule } from '@app/runtime';
import { HealthController } from './health/health.controller.js';
import { domainProblem } from './http/domain-problems.js';
import { HttpControllersModule } from './http/http-controllers.module.js';
import { LedgerController } from './ledger/ledger.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    PersistenceModule,
    RedisModule,
    TerminusModule,
    // REST conventions; the domain's errors become problems through domainProblem (libs/http may
    // not import the domain).
    HttpModule.forRoot({ problems: [domainProblem] }),
    DomainModule,
    ProjectionsModule,
    CorroborationAdminModule,
    ImportsModule,
    HttpControllersModule,
  ],
  controllers: [HealthController, MetricsController, LedgerController],
  providers: [HealthIndicators],
})
export class AppModule {}
