import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listReviews,
  ListReviewsQuerySchema,
  type ListReviewsQueryParams,
  ListReviewsResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** Claims the corroboration workflow found conflicting, oldest first, with the checks behind the verdict. */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller('v1/reviews')
export class ListReviewsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({
    summary: 'Reviews by status (open, escalated, resolved), with the verdict and checks that opened them',
  })
  @ApiRead(ListReviewsResponse, 'A page of reviews, oldest first')
  list(@Query({ schema: ListReviewsQuerySchema }) q: ListReviewsQueryParams): Promise<ListReviewsResponse> {
    return listReviews(this.db, q);
  }
}
