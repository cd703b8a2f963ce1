import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { idParamSchema } from '@app/domain';
import type { Database } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  personTrackRecord,
  TrackRecordQuerySchema,
  type TrackRecordQueryParams,
  TrackRecordResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class PersonTrackRecordController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get(':id/track-record')
  @ApiOperation({
    summary:
      "A person's statements by standing verdict and the claims they spoke for by outcome, with a credibility " +
      'estimate and how it was computed',
  })
  @ApiRead(TrackRecordResponse, "The person's track record", { notFound: 'Unknown person' })
  trackRecord(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: TrackRecordQuerySchema }) _q: TrackRecordQueryParams,
  ): Promise<TrackRecordResponse> {
    return personTrackRecord(this.db, id);
  }
}
