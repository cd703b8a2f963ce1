import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

/** POST/GET /v1/admin/imports and GET /v1/exports/* (admin only). */
@Module({
  controllers: [ImportsController, ExportsController],
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
