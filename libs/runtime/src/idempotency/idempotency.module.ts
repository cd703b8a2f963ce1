import { Module } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';

/**
 * One IdempotencyRepository for the HTTP interceptor (claims the key) and the StreamWriter
 * (completes it in the command's transaction); both layers import this module.
 */
@Module({ providers: [IdempotencyRepository], exports: [IdempotencyRepository] })
export class IdempotencyModule {}
