import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unlink } from 'node:fs/promises';
import { idParamSchema, NotFoundError } from '@app/domain';
import { ApiPost, ApiRead, Ctx, problem, type RequestContext, RequireRole } from '@app/http';
import { ImportResponse, ImportsService, ImportStartedResponse, type UploadedCsv } from '@app/imports';

/** Uploads stream to a temporary file, never into memory. */
export const UPLOAD_DIR = join(tmpdir(), 'claimtrail-imports');
export const UPLOAD_MAX_BYTES = 4 * 1024 ** 3;

@ApiTags('admin')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('v1/admin/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file', { dest: UPLOAD_DIR, limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A GTD CSV (GTD column names)' } },
    },
  })
  @ApiOperation({
    summary: 'Import a GTD CSV (multipart field `file`); 202 { id }, progress at GET /v1/admin/imports/{id}',
  })
  @ApiPost(202, ImportStartedResponse, 'Accepted: imported in the background', {
    role: 'admin',
    problems: [
      [400, 'No file in the field `file`, or another bad input'],
      [413, 'The file is too large'],
      [422, 'Not a GTD CSV this importer reads (missing columns), or an Idempotency-Key reused with another body'],
    ],
  })
  async create(
    @UploadedFile() file: UploadedCsv | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportStartedResponse> {
    if (!file?.path) {
      throw problem(400, 'validation', 'Send the GTD CSV as multipart/form-data in the field "file"', {
        errors: [{ path: 'file', message: 'required' }],
      });
    }
    const missing = await this.imports.missingColumns(file.path);
    if (missing.length) {
      await unlink(file.path).catch(() => undefined);
      throw problem(
        422,
        'unprocessable',
        `Not a GTD CSV this importer reads: missing column(s) ${missing.join(', ')}`,
        {
          errors: [{ path: 'file', message: `missing column(s) ${missing.join(', ')}` }],
        },
      );
    }
    // Events carry the admin who started the import, and the import's id as their correlation id.
    return { id: await this.imports.enqueue(file, ctx.actor) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import: status, rows, events added, rows skipped with line numbers, last position' })
  @ApiRead(ImportResponse, 'The import', { role: 'admin', notFound: 'Unknown import', minPosition: true })
  async get(@Param('id', { schema: idParamSchema }) id: string): Promise<ImportResponse> {
    const view = await this.imports.repository.get(id);
    if (!view) throw new NotFoundError('import', id);
    return view;
  }
}
