import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Cluster, Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis } from './redis.js';
import { REDIS } from './tokens.js';

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A Redis Cluster when REDIS_URL says redis-cluster://; same commands either way.
        const redis = createRedis(config.REDIS_URL);
        // Recording must not wait for Redis: connect in the background.
        redis.connect().catch(() => undefined);
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | Cluster) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
