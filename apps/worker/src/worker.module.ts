import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DomainCoreModule } from '@app/domain';
import { LoggingModule, PersistenceModule, RedisModule } from '@app/runtime';
import { CorroborationService } from './corroboration.service.js';
import { LeasesService } from './leases.service.js';
import { ProjectionsService } from './projections.service.js';
import { SealerService } from './sealer.service.js';
import { WorkerContext } from './worker-context.js';

@Module({
  imports: [ConfigModule, LoggingModule, PersistenceModule, RedisModule, DomainCoreModule],
  providers: [LeasesService, WorkerContext, ProjectionsService, CorroborationService, SealerService],
})
export class WorkerModule {}
