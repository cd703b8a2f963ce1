import { z } from 'zod';

export const ImportStartedResponse = z
  .object({ id: z.guid().meta({ description: 'The import: GET /v1/admin/imports/{id}' }) })
  .meta({ id: 'ImportStarted' });
export type ImportStartedResponse = z.infer<typeof ImportStartedResponse>;

const time = z.string().meta({ format: 'date-time' });

/** GET /v1/admin/imports/{id}: progress as any API replica sees it in the `imports` table. */
export const ImportResponse = z
  .object({
    id: z.guid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    fileName: z.string().nullable(),
    rows: z.number().int(),
    added: z.number().int().meta({ description: 'Events added' }),
    skipped: z.number().int().meta({ description: 'Rows not imported (see errors)' }),
    errors: z
      .array(z.object({ line: z.number().int(), message: z.string() }))
      .meta({ description: 'Skipped rows by line (the first 1,000)' }),
    errorCount: z.number().int(),
    lastPosition: z.number().int().nullable(),
    incidentsAdded: z.number().int(),
    groupsRegistered: z.number().int(),
    unchanged: z.number().int().meta({ description: 'Rows already imported' }),
    bytesRead: z.number().int(),
    bytesTotal: z.number().int().nullable(),
    progress: z.number().min(0).max(1).nullable(),
    rowsPerSecond: z.number().nullable(),
    failure: z.string().nullable(),
    actor: z.object({ keyId: z.string(), role: z.string(), name: z.string().optional() }),
    createdAt: time,
    startedAt: time.nullable(),
    finishedAt: time.nullable(),
  })
  .meta({ id: 'Import' });
export type ImportResponse = z.infer<typeof ImportResponse>;
