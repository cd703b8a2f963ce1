import { Module } from '@nestjs/common';
import { ImportsService } from './imports.service.js';

/** The import runner behind POST/GET /v1/admin/imports (controllers in apps/api/src/http). */
@Module({
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
