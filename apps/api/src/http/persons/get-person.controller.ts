import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import { ApiRead } from '@app/http';
import { getPerson, GetPersonQuerySchema, type GetPersonQueryParams, PersonPicture } from '@app/projections';
import { ReadController } from '../read-controller.js';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class GetPersonController extends ReadController {
  @Get(':id')
  @ApiOperation({
    summary:
      'A person: names, status and its history, affiliations with group names; now or as recorded at a time or ' +
      'position',
  })
  @ApiRead(PersonPicture, 'The person', { notFound: 'Unknown person, or not yet recorded at asOf/asOfPosition' })
  get(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: GetPersonQuerySchema }) q: GetPersonQueryParams,
  ): Promise<PersonPicture> {
    return getPerson(this.db, this.store, id, { asOf: q.asOf, asOfPosition: q.asOfPosition });
  }
}
