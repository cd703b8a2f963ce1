import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  ApiKeyRepository,
  ApiPost,
  ApiProblems,
  CreateApiKeyBody,
  CreatedApiKeyResponse,
  Ctx,
  KeyIdParam,
  problem,
  type RequestContext,
  RequireRole,
  SecretResponseFields,
} from '@app/http';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin/keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyRepository) {}

  /** The key is shown once; only its hash is stored (an Idempotency-Key replay answers it redacted). */
  @Post()
  @SecretResponseFields('key')
  @ApiPost(201, CreatedApiKeyResponse, 'The key, shown once', { role: 'admin' })
  async create(
    @Body({ schema: CreateApiKeyBody }) body: CreateApiKeyBody,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKeyResponse> {
    const actor: Actor = ctx.actor;
    return this.keys.create(body.name, body.role, actor.keyId);
  }

  /** Revokes at once: the next request with that key is 401. */
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiProblems(400, 401, 403, [404, 'Unknown key'], [409, 'The key is already revoked'], 429, 503)
  async revoke(@Param('id', { schema: KeyIdParam }) id: string): Promise<void> {
    if (!(await this.keys.revoke(id))) {
      throw (await this.keys.exists(id))
        ? problem(409, 'conflict/already_revoked', 'The key is already revoked')
        : problem(404, 'not-found', `key ${id} not found`);
    }
  }
}
