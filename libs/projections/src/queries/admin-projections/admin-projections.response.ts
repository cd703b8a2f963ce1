import { z } from 'zod';
import { ParkedEventResponse, ProjectionFailureResponse } from '../park-event/park-event.response.js';
import { isoTime, uuid } from '../shared/responses.js';

export const RebuildResponse = z
  .object({
    id: uuid,
    projection: z.string(),
    status: z.enum(['running', 'succeeded', 'failed']),
    startedAt: isoTime,
    finishedAt: isoTime.nullable(),
    events: z.number().int(),
    eventsPerSecond: z.number().nullable(),
    drift: z
      .object({
        rows: z.number().int(),
        sample: z.array(z.unknown()),
        byTable: z.record(z.string(), z.number()).optional(),
        notCompared: z
          .record(z.string(), z.number().int())
          .optional()
          .meta({
            description:
              'Projections whose live model was this many log positions behind the rebuilt one (more than 50,000): ' +
              'swapped in without bringing the old model forward to compare',
          }),
      })
      .nullable()
      .meta({ description: 'Rows that differed from the model it replaced, with a sample' }),
    error: z.string().nullable().optional(),
    trigger: z.string().nullable().optional(),
  })
  .meta({ id: 'Rebuild' });
export type RebuildResponse = z.infer<typeof RebuildResponse>;

export const ProjectionsResponse = z
  .object({
    items: z.array(
      z.object({
        name: z.string(),
        position: z.number().int().meta({ description: 'Last position applied' }),
        lag: z.number().int().meta({ description: 'Events behind the log' }),
        lastRebuild: RebuildResponse.nullable(),
        failing: ProjectionFailureResponse.nullable(),
        parked: z
          .array(ParkedEventResponse)
          .meta({ description: 'Events parked for it: its runner skips them and rebuilds leave them out' }),
      }),
    ),
  })
  .meta({ id: 'Projections' });
export type ProjectionsResponse = z.infer<typeof ProjectionsResponse>;

export const RebuildStartedResponse = z
  .object({ id: uuid.meta({ description: 'The rebuild: GET /v1/admin/rebuilds/{id}' }) })
  .meta({ id: 'RebuildStarted' });
export type RebuildStartedResponse = z.infer<typeof RebuildStartedResponse>;
