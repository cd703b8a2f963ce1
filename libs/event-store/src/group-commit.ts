import { sql, type Kysely } from 'kysely';
import type { Database } from './schema/database.generated.js';

/** One append as claimtrail_append takes it. */
export interface PendingAppend {
  streamId: string;
  streamType: string;
  code: number;
  ids: string[];
  types: string[];
  schemaVersions: number[];
  data: unknown[];
  metadata: unknown[];
}

/** An append's row: the result, or the error its own subtransaction raised (code, detail, constraint). */
export interface AppendRow {
  next_version: number;
  last_position: number;
  replayed: boolean;
}
export type AppendOutcome =
  | { row: AppendRow }
  | { error: Error & { code?: string; detail?: string; constraint?: string } }
  /** The group could not be written for one append's data: each is written alone, so one bad append fails alone. */
  | { alone: true };

interface Waiting {
  append: PendingAppend;
  resolve: (o: AppendOutcome) => void;
  reject: (e: unknown) => void;
}

export interface GroupCommitOptions {
  /** Appends per group at most (each takes a subtransaction; Postgres caches 64 per transaction). */
  maxGroup?: number;
  /** Groups in flight at once; an append arriving while all are busy joins the next group. */
  inFlight?: number;
}

/**
 * Group commit: appends that arrive while earlier ones are in flight wait and are written together
 * by one claimtrail_append_many call, in one transaction with one WAL flush. A lone append goes out at
 * once (no batching window, so no added latency when the process is quiet). Each append keeps its
 * own checks and result: a conflict is its own error row, not the group's.
 */
export class GroupCommitter {
  private readonly queue: Waiting[] = [];
  private busy = 0;
  private readonly maxGroup: number;
  private readonly inFlight: number;

  constructor(
    private readonly db: Kysely<Database>,
    opts: GroupCommitOptions = {},
  ) {
    this.maxGroup = opts.maxGroup ?? 32;
    this.inFlight = opts.inFlight ?? 4;
  }

  append(append: PendingAppend): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.busy < this.inFlight && this.queue.length) {
      const group = this.queue.splice(0, this.maxGroup);
      this.busy++;
      void this.write(group).finally(() => {
        this.busy--;
        this.pump();
      });
    }
  }

  private async write(group: Waiting[]): Promise<void> {
    try {
      // Streams are locked in one order (by id, arrival order within a stream) by every group, so
      // two groups never wait for each other's stream rows in a cycle.
      const ordered = group
        .map((w, i) => ({ w, i }))
        .sort((a, b) =>
          a.w.append.streamId < b.w.append.streamId ? -1 : a.w.append.streamId > b.w.append.streamId ? 1 : a.i - b.i,
        )
        .map((x) => x.w);
      const payload = ordered.map(({ append: a }) => ({
        stream: a.streamId,
        type: a.streamType,
        expected: a.code,
        ids: a.ids,
        types: a.types,
        schemaVersions: a.schemaVersions,
        data: a.data,
        metadata: a.metadata,
      }));
      const { rows } = await sql<{
        ord: number;
        next_version: number | null;
        last_position: number | null;
        replayed: boolean | null;
        err_code: string | null;
        err_detail: string | null;
        err_constraint: string | null;
        err_message: string | null;
      }>`select * from claimtrail_append_many(${JSON.stringify(payload)}::jsonb)`.execute(this.db);
      for (const r of rows) {
        const w = ordered[r.ord - 1];
        if (r.err_code) {
          const error = Object.assign(new Error(r.err_message ?? r.err_code), {
            code: r.err_code,
            detail: r.err_detail ?? undefined,
            constraint: r.err_constraint ?? undefined,
          });
          w.resolve({ error });
        } else {
          w.resolve({ row: { next_version: r.next_version!, last_position: r.last_position!, replayed: r.replayed! } });
        }
      }
    } catch (err) {
      // Nothing of the group is stored. Data the payload could not carry (SQLSTATE class 22, e.g. a
      // string jsonb refuses) is one append's fault: each goes again alone. Otherwise (connection
      // lost, commit failed) every append gets the error it would have got alone.
      const code = (err as { code?: string }).code;
      for (const w of group) code?.startsWith('22') ? w.resolve({ alone: true }) : w.reject(err);
    }
  }
}
