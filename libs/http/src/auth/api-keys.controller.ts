import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/domain';
import { Ctx, RequireRole, type CommandContext } from '@app/domain';
import { SecretResponseFields } from '../idempotency/idempotency.interceptor.js';
import { problem } from '../problem/problem.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { CreateApiKeyBody, KeyIdParam } from './create-api-key.schema.js';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin/keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyRepository) {}

  /** The key is shown once; only its hash is stored (an Idempotency-Key replay answers it redacted). */
  @Post()
  @SecretResponseFields('key')
  async create(@Body({ schema: CreateApiKeyBody }) body: CreateApiKeyBody, @Ctx() ctx: CommandContext) {
    const actor: Actor = ctx.actor;
    return this.keys.create(body.name, body.role, actor.keyId);
  }

  /** Revokes at once: the next request with that key is 401. */
  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id', { schema: KeyIdParam }) id: string): Promise<void> {
    if (!(await this.keys.revoke(id))) {
      throw (await this.keys.exists(id)) ? problem(409, 'conflict/already_revoked', 'The key is already revoked') : problem(404, 'not-found', `key ${id} not found`);
    }
  }
}
