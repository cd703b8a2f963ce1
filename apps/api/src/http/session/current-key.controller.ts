import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiRead, Ctx, ROLES, type RequestContext } from '@app/http';

export const CurrentKeyResponse = z
  .object({
    keyId: z.string(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
  })
  .meta({ id: 'CurrentKey' });
export type CurrentKeyResponse = z.infer<typeof CurrentKeyResponse>;

/** Like every /v1 read it takes minPosition (the contract test holds every read to it). */
const CurrentKeyQuery = z.strictObject({
  minPosition: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Waits as on every read; the answer itself comes from no read model' }),
});

/** Who the presented key is: the console shows the signed-in key's name and role (never the key). */
@ApiTags('session')
@ApiBearerAuth()
@Controller('v1/me')
export class CurrentKeyController {
  @Get()
  @ApiOperation({ summary: "The calling key's id, name and role" })
  @ApiRead(CurrentKeyResponse, 'The key that made the call')
  me(
    @Query({ schema: CurrentKeyQuery }) _q: z.infer<typeof CurrentKeyQuery>,
    @Ctx() ctx: RequestContext,
  ): CurrentKeyResponse {
    return { keyId: ctx.actor.keyId, name: ctx.actor.name ?? null, role: ctx.actor.role };
  }
}
