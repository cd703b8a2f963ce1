import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import { verifyLedger, type Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { LedgerVerifyResponse } from './ledger-verify.response.js';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /** Recomputes every seal from the events as stored; names the first event that differs. */
  @Get('verify')
  @ApiOperation({ summary: 'Verify the sealed ledger: { ok, checkedThrough, firstMismatch }' })
  @ApiRead(LedgerVerifyResponse, 'The verification', { minPosition: true })
  verify(): Promise<LedgerVerifyResponse> {
    return verifyLedger(this.db);
  }
}
