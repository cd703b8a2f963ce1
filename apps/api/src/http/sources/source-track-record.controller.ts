import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { idParamSchema } from '@app/domain';
import type { Database } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  sourceTrackRecord,
  TrackRecordQuerySchema,
  type TrackRecordQueryParams,
  TrackRecordResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class SourceTrackRecordController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get(':id/track-record')
  @ApiOperation({
    summary:
      "A source's statements by standing verdict and the claims it carried by outcome, with a credibility " +
      'estimate and how it was computed',
  })
  @ApiRead(TrackRecordResponse, "The source's track record", { notFound: 'Unknown source' })
  trackRecord(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: TrackRecordQuerySchema }) _q: TrackRecordQueryParams,
  ): Promise<TrackRecordResponse> {
    return sourceTrackRecord(this.db, id);
  }
}
