import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { sql, type Kysely } from 'kysely';
import { evolveIncident, incidentStreamId, NotFoundError, type IncidentState } from '@app/domain';
import type { EventStore, Database } from '@app/event-store';
import { READ_EVENT_STORE, READ_KYSELY } from '@app/runtime';
import { renderIncident } from '../shared/incident-view.js';
import { GetIncidentQuery } from './get-incident.query.js';

@QueryHandler(GetIncidentQuery)
export class GetIncidentHandler implements IQueryHandler<GetIncidentQuery> {
  constructor(
    @Inject(READ_KYSELY) private readonly db: Kysely<Database>,
    @Inject(READ_EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ incidentId, asOf, asOfPosition }: GetIncidentQuery) {
    if (asOf === undefined && asOfPosition === undefined) {
      const { rows } = await sql<{
        state: IncidentState;
      }>`select state from rm_incidents where incident_id = ${incidentId}`.execute(this.db);
      if (!rows[0]) throw new NotFoundError('incident', incidentId);
      return renderIncident(this.db, rows[0].state);
    }
    // As-of: fold the stream up to that point with the very evolve the projection uses.
    const { state } = await this.store.aggregateStream(
      incidentStreamId(incidentId),
      { evolve: evolveIncident },
      { toRecordedAt: asOf, toPosition: asOfPosition },
    );
    if (!state) throw new NotFoundError('incident', incidentId);
    return {
      ...(await renderIncident(this.db, state)),
      asOf: asOf?.toISOString() ?? null,
      asOfPosition: asOfPosition ?? null,
    };
  }
}
