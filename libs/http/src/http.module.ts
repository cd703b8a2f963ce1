import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { IdempotencyModule } from '@app/runtime';
import { ApiKeyRepository } from './auth/api-key.repository.js';
import { ApiKeyCache } from './auth/api-key-cache.js';
import { AuthGuard } from './auth/auth.guard.js';
import { Authenticator } from './auth/authenticator.js';
import { correlationMiddleware } from './context/correlation.middleware.js';
import { EtagInterceptor } from './context/etag.interceptor.js';
import { IfMatchMiddleware } from './context/if-match.middleware.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { PROBLEM_TRANSLATORS, ProblemFilter, type ProblemTranslator } from './problem/problem.filter.js';
import { ProblemValidationPipe } from './problem/validation.pipe.js';

/**
 * The REST conventions of docs/API.md: auth, problem+json, validation, idempotency, If-Match, correlation
 * ids. No controllers (they are in apps/api). `forRoot({ problems })` adds translators for errors of
 * the layers above (the domain's), which this lib may not import.
 */
@Global()
@Module({
  imports: [IdempotencyModule],
  providers: [
    ApiKeyCache,
    ApiKeyRepository,
    Authenticator,
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
    { provide: APP_PIPE, useClass: ProblemValidationPipe },
  ],
  exports: [ApiKeyRepository, Authenticator],
})
export class HttpModule implements NestModule {
  static forRoot(options: { problems?: ProblemTranslator[] } = {}): DynamicModule {
    return { module: HttpModule, providers: [{ provide: PROBLEM_TRANSLATORS, useValue: options.problems ?? [] }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware, IfMatchMiddleware).forRoutes('*path');
  }
}
