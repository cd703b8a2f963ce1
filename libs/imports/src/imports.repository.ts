import { sql, type Kysely } from 'kysely';
import type { Actor } from '@app/domain';
import type { Database } from '@app/event-store';

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface RowProblem {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  message: string;
}

/** Running totals of one import; what GET /v1/admin/imports/{id} reports. */
export interface ImportCounters {
  /** Data rows read (bad ones included). */
  rows: number;
  /** Events appended. */
  added: number;
  incidentsAdded: number;
  groupsRegistered: number;
  /** Rows whose events were all recorded already (a re-import). */
  unchanged: number;
  /** Rows not recorded: unreadable, bad cells, or recorded before with other content. */
  skipped: number;
  /** The first ERRORS_KEPT problems; errorCount has them all. */
  errors: RowProblem[];
  errorCount: number;
  lastPosition: number | null;
  bytesRead: number;
}

export const ERRORS_KEPT = 1000;

export const emptyCounters = (): ImportCounters => ({
  rows: 0,
  added: 0,
  incidentsAdded: 0,
  groupsRegistered: 0,
  unchanged: 0,
  skipped: 0,
  errors: [],
  errorCount: 0,
  lastPosition: null,
  bytesRead: 0,
});

export interface ImportView {
  id: string;
  kind: string;
  status: ImportStatus;
  fileName: string | null;
  rows: number;
  added: number;
  skipped: number;
  errors: RowProblem[];
  errorCount: number;
  lastPosition: number | null;
  incidentsAdded: number;
  groupsRegistered: number;
  unchanged: number;
  bytesRead: number;
  bytesTotal: number | null;
  /** 0–1 by bytes read, when the size is known. */
  progress: number | null;
  rowsPerSecond: number | null;
  failure: string | null;
  actor: Actor;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A running import whose process stopped reporting this long ago is reported as failed. */
export const IMPORT_STALE_MS = 120_000;

interface ImportRow {
  id: string;
  kind: string;
  status: ImportStatus;
  file_name: string | null;
  actor: Actor;
  rows: number;
  added: number;
  incidents_added: number;
  groups_registered: number;
  unchanged: number;
  skipped: number;
  errors: RowProblem[];
  error_count: number;
  last_position: number | null;
  bytes_total: number | null;
  bytes_read: number;
  rows_per_second: number | null;
  failure: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  heartbeat_at: Date | null;
}

/** The `imports` table: one progress record per import, written with each batch it commits. */
export class ImportsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    id: string,
    actor: Actor,
    opts: { fileName?: string | null; bytesTotal?: number | null; kind?: string } = {},
  ): Promise<void> {
    await sql`
      insert into imports (id, kind, status, file_name, actor, bytes_total)
      values (${id}, ${opts.kind ?? 'gtd'}, 'queued', ${opts.fileName ?? null}, ${JSON.stringify(actor)}::jsonb,
              ${opts.bytesTotal ?? null})`.execute(this.db);
  }

  async start(id: string): Promise<void> {
    await sql`
      update imports set status = 'running', started_at = clock_timestamp(), heartbeat_at = clock_timestamp()
       where id = ${id}`.execute(this.db);
  }

  /** Saves the totals; inside a batch's transaction they commit with its events. */
  async progress(id: string, c: ImportCounters, trx?: Kysely<Database>): Promise<void> {
    await sql`
      update imports set rows = ${c.rows}, added = ${c.added}, incidents_added = ${c.incidentsAdded},
             groups_registered = ${c.groupsRegistered}, unchanged = ${c.unchanged}, skipped = ${c.skipped},
             errors = ${JSON.stringify(c.errors)}::jsonb, error_count = ${c.errorCount},
             last_position = ${c.lastPosition}, bytes_read = ${c.bytesRead}, heartbeat_at = clock_timestamp()
       where id = ${id}`.execute(trx ?? this.db);
  }

  async finish(
    id: string,
    status: 'succeeded' | 'failed',
    c: ImportCounters,
    extra: { rowsPerSecond?: number | null; failure?: string | null } = {},
  ): Promise<void> {
    await this.progress(id, c);
    await sql`
      update imports set status = ${status}, finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(),
             rows_per_second = ${extra.rowsPerSecond ?? null}, failure = ${extra.failure ?? null}
       where id = ${id}`.execute(this.db);
  }

  async get(id: string): Promise<ImportView | null> {
    const { rows } = await sql<ImportRow>`select * from imports where id = ${id}`.execute(this.db);
    const r = rows[0];
    if (!r) return null;
    const stale = r.status === 'running' && r.heartbeat_at && Date.now() - r.heartbeat_at.getTime() > IMPORT_STALE_MS;
    return {
      id: r.id,
      kind: r.kind,
      status: stale ? 'failed' : r.status,
      fileName: r.file_name,
      rows: r.rows,
      added: r.added,
      skipped: r.skipped,
      errors: r.errors,
      errorCount: r.error_count,
      lastPosition: r.last_position,
      incidentsAdded: r.incidents_added,
      groupsRegistered: r.groups_registered,
      unchanged: r.unchanged,
      bytesRead: r.bytes_read,
      bytesTotal: r.bytes_total,
      progress: r.status === 'succeeded' ? 1 : r.bytes_total ? Math.min(1, r.bytes_read / r.bytes_total) : null,
      rowsPerSecond: r.rows_per_second,
      failure: stale
        ? 'the importing process stopped reporting; import the file again (re-imports add only what is missing)'
        : r.failure,
      actor: r.actor,
      createdAt: r.created_at.toISOString(),
      startedAt: r.started_at?.toISOString() ?? null,
      finishedAt: r.finished_at?.toISOString() ?? null,
    };
  }
}
