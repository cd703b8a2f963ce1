import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import { verifyLedger, type Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { LedgerVerifyQuery } from './ledger-verify.query.js';
import { LedgerVerifyResponse } from './ledger-verify.response.js';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /**
   * Recomputes every seal from the events as stored; names the first event that differs, or a
   * truncation below expectHead.
   */
  @Get('verify')
  @ApiOperation({ summary: 'Verify the sealed ledger: { ok, checkedThrough, head, firstMismatch }' })
  @ApiRead(LedgerVerifyResponse, 'The verification')
  verify(@Query({ schema: LedgerVerifyQuery }) q: LedgerVerifyQuery): Promise<LedgerVerifyResponse> {
    return verifyLedger(this.db, { expectHead: q.expectHead });
  }
}
