import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { DomainCoreModule } from '@app/domain';
import { ApiKeyRepository } from './auth/api-key.repository.js';
import { ApiKeysController } from './auth/api-keys.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { correlationMiddleware } from './context/correlation.middleware.js';
import { EtagInterceptor } from './context/etag.interceptor.js';
import { IfMatchMiddleware } from './context/if-match.middleware.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { ProblemFilter } from './problem/problem.filter.js';
import { ProblemValidationPipe } from './problem/validation.pipe.js';

/** The REST conventions of API.md: auth, problem+json, validation, idempotency, If-Match, correlation ids. */
@Global()
@Module({
  imports: [DomainCoreModule],
  controllers: [ApiKeysController],
  providers: [
    ApiKeyRepository,
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
    { provide: APP_PIPE, useClass: ProblemValidationPipe },
  ],
  exports: [ApiKeyRepository],
})
export class HttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware, IfMatchMiddleware).forRoutes('*path');
  }
}
