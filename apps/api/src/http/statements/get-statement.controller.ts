import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import { ApiRead } from '@app/http';
import {
  getStatement,
  GetStatementQuerySchema,
  type GetStatementQueryParams,
  GetStatementResponse,
} from '@app/projections';
import { ReadController } from '../read-controller.js';

@ApiTags('statements')
@ApiBearerAuth()
@Controller('v1/statements')
export class GetStatementController extends ReadController {
  @Get(':id')
  @ApiOperation({
    summary:
      'A statement with its assessments (the latest standing as verdict), citation, author and subjects with ' +
      'names; now or as recorded at a time or position',
  })
  @ApiRead(GetStatementResponse, 'The statement', {
    notFound: 'Unknown statement, or not yet recorded at asOf/asOfPosition',
  })
  get(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: GetStatementQuerySchema }) q: GetStatementQueryParams,
  ): Promise<GetStatementResponse> {
    return getStatement(this.db, this.store, id, { asOf: q.asOf, asOfPosition: q.asOfPosition });
  }
}
