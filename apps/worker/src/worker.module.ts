import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { LoggingModule, PersistenceModule, RedisModule } from '@app/runtime';
import { ProjectionsService } from './projections.service.js';

@Module({
  imports: [ConfigModule, LoggingModule, PersistenceModule, RedisModule],
  providers: [ProjectionsService],
})
export class WorkerModule {}
