import { Query } from '@nestjs/cqrs';
import type { IncidentPicture } from '../shared/incident-view.js';

export class GetIncidentQuery extends Query<IncidentPicture & { asOf?: string | null; asOfPosition?: number | null }> {
  constructor(
    readonly incidentId: string,
    readonly asOf?: Date,
    readonly asOfPosition?: number,
  ) {
    super();
  }
}
