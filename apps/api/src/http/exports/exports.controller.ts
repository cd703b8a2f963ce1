import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ApiAnswer, ApiProblems, problem, RequireRole } from '@app/http';
import {
  eventsExportStart,
  exportEventsNdjson,
  exportIncidentsCsv,
  exportStix,
  ExportParameterError,
  parseTimeParam,
  STIX_MEDIA_TYPE,
  StixBundleResponse,
} from '@app/imports';
import { KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** What an export can answer besides its file. */
const ApiExportProblems = () =>
  ApiProblems(400, 401, 403, [422, 'A parameter the export cannot use (e.g. fromPosition past the log)'], 429, 503);

const timeParam = z
  .string()
  .max(64)
  .refine((v) => parseTimeParam(v) !== null, 'expected an RFC 3339 time or a YYYY-MM-DD date')
  .transform((v) => parseTimeParam(v)!);
const minPosition = z.coerce.number().int().min(0).optional();

const EventsQuery = z.strictObject({
  fromPosition: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Position of the last event already received: the export continues right after it' }),
  minPosition,
});
const PeriodQuery = z.strictObject({ from: timeParam.optional(), to: timeParam.optional(), minPosition });

/**
 * Sends an export as it is produced, with backpressure. The first chunk is produced before any
 * header is sent, so a failure up to then is an ordinary problem+json answer; a failure later cuts
 * the chunked body short (never a silently complete-looking file).
 */
async function send(res: Response, gen: AsyncGenerator<string>, headers: Record<string, string>): Promise<void> {
  let first: IteratorResult<string>;
  try {
    first = await gen.next();
  } catch (err) {
    if (err instanceof ExportParameterError) {
      throw problem(422, 'unprocessable', err.message, { errors: [{ path: err.field, message: err.message }] });
    }
    throw err;
  }
  res.status(200);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  async function* all() {
    if (!first.done) yield first.value;
    yield* gen;
  }
  await pipeline(Readable.from(all(), { objectMode: false, highWaterMark: 256 * 1024 }), res).catch((err) => {
    res.destroy(err as Error);
  });
}

@ApiTags('exports')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/exports')
export class ExportsController {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  @Get('events.ndjson')
  @ApiProduces('application/x-ndjson')
  @ApiResponse({
    status: 200,
    description: 'One event a line: { position, id, streamId, type, data, metadata, recordedAt, … }',
    schema: { type: 'string' },
  })
  @ApiExportProblems()
  @ApiOperation({
    summary: 'Every event, one JSON object a line with its position, in log order; resumable with fromPosition',
  })
  async events(@Query({ schema: EventsQuery }) q: z.infer<typeof EventsQuery>, @Res() res: Response): Promise<void> {
    const db = this.db;
    async function* lines() {
      const start = await eventsExportStart(db, q.fromPosition);
      yield* exportEventsNdjson(db, start);
    }
    await send(res, lines(), { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
  }

  @Get('incidents.csv')
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, description: 'A header line, then one line per incident', schema: { type: 'string' } })
  @ApiExportProblems()
  @ApiOperation({
    summary:
      'The current attribution picture of every incident, one CSV line each (optionally those overlapping from/to)',
  })
  async incidents(@Query({ schema: PeriodQuery }) q: z.infer<typeof PeriodQuery>, @Res() res: Response): Promise<void> {
    await send(res, exportIncidentsCsv(this.db, q), {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="incidents.csv"',
      'Cache-Control': 'no-store',
    });
  }

  @Get('stix')
  @ApiProduces(STIX_MEDIA_TYPE)
  @ApiAnswer(200, StixBundleResponse, 'The bundle')
  @ApiExportProblems()
  @ApiOperation({
    summary:
      'A STIX 2.1 bundle: groups, incidents, attributed-to relationships, claims/retractions/denials as notes, sources',
  })
  async stix(@Query({ schema: PeriodQuery }) q: z.infer<typeof PeriodQuery>, @Res() res: Response): Promise<void> {
    await send(res, exportStix(this.db, q), {
      'Content-Type': STIX_MEDIA_TYPE,
      'Content-Disposition': 'attachment; filename="claimtrail-stix.json"',
      'Cache-Control': 'no-store',
    });
  }
}
