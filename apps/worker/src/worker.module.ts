import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { LoggingModule, PersistenceModule, RedisModule } from '@app/runtime';
import { LogFollowerService } from './log-follower.service.js';

@Module({
  imports: [ConfigModule, LoggingModule, PersistenceModule, RedisModule],
  providers: [LogFollowerService],
})
export class WorkerModule {}
