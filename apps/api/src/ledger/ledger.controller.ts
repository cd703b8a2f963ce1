import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { verifyLedger } from '@app/event-store';
import { KYSELY } from '@app/runtime';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(@Inject(KYSELY) private readonly db: Kysely<any>) {}

  /** Recomputes every seal from the events as stored; names the first event that differs. */
  @Get('verify')
  @ApiOperation({ summary: 'Verify the sealed ledger: { ok, checkedThrough, firstMismatch }' })
  verify() {
    return verifyLedger(this.db);
  }
}
