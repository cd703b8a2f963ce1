import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Kysely } from 'kysely';
import { ConflictError, eventDataProblem, nameKey, type Actor } from '@app/domain';
import { appendBulk, type BulkEvent, type EventStore, type Database } from '@app/event-store';
import { emptyCounters, ERRORS_KEPT, type ImportCounters, type ImportsRepository } from '../imports.repository.js';
import { missingGtdColumns } from './codebook.js';
import { GtdGroupDirectory, type GroupPlan } from './group-directory.js';
import { mapGtdRecord, RowError, type GtdRow } from './gtd-row.js';
import { gtdColumns, type GtdColumns, type GtdRecord } from './gtd-record.js';
import { OccurrenceCounter, rowKeyOf } from './row-key.js';
import { eventsOfRow, GTD_SOURCE, sourceEvent } from './row-events.js';

export const DEFAULT_IMPORT_BATCH_ROWS = 2000;
/**
 * Characters one CSV record may hold (csv-parse's max_record_size). GTD's longest rows are a few
 * kilobytes; an unclosed quote would otherwise make the parser hold the rest of the file (a 300 MB
 * upload took the API from 136 to 469 MB).
 */
export const DEFAULT_MAX_RECORD_SIZE = 1 << 20;
const MAX_BATCH_ATTEMPTS = 5;
/** Errors after which a batch is simply tried again: a concurrent writer of the same ids or names. */
const RETRYABLE_CODES = new Set(['23505', '40P01', '40001']);
/**
 * Batches written at once (each on its own connection) while the next one is parsed. One: on two
 * cores shared by Node and Postgres, two concurrent batches measured slower (2,014–3,375 vs
 * 1,565–3,013 rows/s on the shared extract, alternating runs).
 */
const PIPELINE_DEPTH = 1;

/** Another writer registered a group this batch planned to register, differently: plan again. */
class GroupRaceError extends Error {}

/** A record longer than the limit (an unclosed quote, or not a GTD file): the import stops there. */
export class RecordTooLargeError extends Error {
  constructor(
    readonly line: number,
    readonly maxRecordSize: number,
  ) {
    super(
      `line ${line}: a CSV record longer than ${maxRecordSize} characters (an unclosed quote?); ` +
        'the import stopped there, the rows before it are recorded',
    );
  }
}

export interface GtdImportOptions {
  importId: string;
  actor: Actor;
  /** Rows per batch (one transaction, one set-wise append). */
  batchSize?: number;
  /** Characters one record may hold; a longer one stops the import (DEFAULT_MAX_RECORD_SIZE). */
  maxRecordSize?: number;
  /** Saves progress in each batch's transaction. */
  repository?: ImportsRepository;
  /**
   * Called after every committed batch: `rows` counts the rows committed (and those turned away),
   * `bytesRead` the file up to the last committed row, so either measure reaches the end only
   * when the last batch has been written (the parser runs a batch ahead of the writes).
   */
  onProgress?: (c: Readonly<ImportCounters>) => void;
}

export interface GtdImportResult extends ImportCounters {
  seconds: number;
  rowsPerSecond: number;
}

interface PendingRow {
  line: number;
  row: GtdRow;
  /** Bytes of the file parsed up to the end of this row. */
  bytes: number;
}

/**
 * Streams a GTD CSV into the log: each row an IncidentReported (with its GTD extras under `gtd`),
 * an AttributionAssessed per named perpetrator and a ClaimRecorded per claimed one; groups are
 * matched by name, base name or acronym, and registered on first sight. Rows go in batches, each
 * one transaction with one set-wise append, its group registrations and name reservations, and the
 * import's progress. Idempotent: every id derives from the row's key, so a re-import adds nothing.
 * Bad rows are reported by line and skipped whole.
 */
export async function importGtd(
  db: Kysely<Database>,
  store: EventStore,
  input: Readable,
  opts: GtdImportOptions,
): Promise<GtdImportResult> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? DEFAULT_IMPORT_BATCH_ROWS;
  /** What committed batches recorded (rows that reached a batch). */
  const written = emptyCounters();
  /** Rows turned away before any batch: unreadable, bad cells, repeated keys. */
  const early = emptyCounters();
  const groups = new GtdGroupDirectory(store);
  const occurrences = new OccurrenceCounter();
  const metadata = { actor: opts.actor, correlationId: opts.importId, importId: opts.importId };
  let sourceRecorded = false;
  /** Bytes of the file up to the last committed row (the parser's own count runs ahead). */
  let bytesCommitted = 0;

  const report = (c: ImportCounters, line: number, message: string) => {
    c.skipped++;
    c.errorCount++;
    if (c.errors.length < ERRORS_KEPT) c.errors.push({ line, message });
  };
  const total = (w: ImportCounters, bytesRead: number): ImportCounters => ({
    rows: w.rows + early.rows,
    added: w.added,
    incidentsAdded: w.incidentsAdded,
    groupsRegistered: w.groupsRegistered,
    unchanged: w.unchanged + early.unchanged,
    skipped: w.skipped + early.skipped,
    errors: [...w.errors, ...early.errors].sort((a, b) => a.line - b.line).slice(0, ERRORS_KEPT),
    errorCount: w.errorCount + early.errorCount,
    lastPosition: w.lastPosition,
    bytesRead,
  });

  const maxRecordSize = opts.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  /** The line the last record (or unreadable record) ended on, as the parser goes (its hooks run in step). */
  let lastEnd = 0;
  /** The line the current unreadable record's error was met on: csv-parse may report one record twice. */
  let skippedAt: number | null = null;
  /** Set when a record ran past the limit: the input is closed, the rows parsed before it are still written. */
  let tooLarge: RecordTooLargeError | null = null;
  // Rows as arrays (cheaper than objects); the header is read here, then cells by column index.
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordSize,
    on_record: (record: string[], context: { lines: number }) => {
      lastEnd = context.lines;
      skippedAt = null;
      return record;
    },
    on_skip: (err: CsvError | undefined) => {
      if (tooLarge) return undefined;
      const at = Number((err as { lines?: number } | undefined)?.lines ?? lastEnd + 1);
      if (err?.code === 'CSV_MAX_RECORD_SIZE') {
        // Stop reading (the parser would hold the rest of the file), but let it hand over the
        // records it has already parsed: they come before the bad one and are imported.
        tooLarge = new RecordTooLargeError(lastEnd + 1, maxRecordSize);
        input.unpipe(parser);
        input.destroy();
        parser.end();
        return undefined;
      }
      // One unreadable record, one row and one error, named by the line it starts on.
      if (skippedAt === at) return undefined;
      const start = Math.min(lastEnd + 1, at);
      skippedAt = at;
      lastEnd = at;
      early.rows++;
      report(
        early,
        start,
        `unreadable CSV record${at > start ? ` (lines ${start}–${at})` : ''}: ${err?.message ?? 'unknown error'}`,
      );
      return undefined;
    },
  });
  let columns: GtdColumns | undefined;

  /** Records one batch; tried again whole when a concurrent writer took the same ids or names first. */
  const flush = async (batch: PendingRow[]): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        await writeBatch(batch);
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        const retry =
          (code && RETRYABLE_CODES.has(code)) ||
          (err instanceof ConflictError && err.code === 'name_taken') ||
          err instanceof GroupRaceError;
        if (!retry || attempt >= MAX_BATCH_ATTEMPTS) throw err;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
      }
    }
  };

  /** Adds a committed batch's counts to the totals. */
  const merge = (d: ImportCounters) => {
    written.rows += d.rows;
    written.added += d.added;
    written.incidentsAdded += d.incidentsAdded;
    written.groupsRegistered += d.groupsRegistered;
    written.unchanged += d.unchanged;
    written.skipped += d.skipped;
    written.errorCount += d.errorCount;
    for (const e of d.errors) if (written.errors.length < ERRORS_KEPT) written.errors.push(e);
    if (d.lastPosition !== null) written.lastPosition = Math.max(written.lastPosition ?? 0, d.lastPosition);
  };

  const writeBatch = async (batch: PendingRow[]): Promise<void> => {
    const d = emptyCounters();
    let plan: GroupPlan | undefined;
    await db.transaction().execute(async (trx) => {
      plan = await groups.plan(
        trx,
        batch.flatMap((b) => b.row.perpetrators.map((p) => p.name)),
      );
      const ids = plan.ids;
      const events: BulkEvent[] = [...plan.events];
      if (!sourceRecorded) events.push(sourceEvent());
      const rowStreams: Array<{ line: number; streamId: string; events: number; rowKey: string }> = [];
      for (const { line, row } of batch) {
        d.rows++;
        try {
          const rowEvents = eventsOfRow(row, (name) => ids.get(nameKey(name))!);
          for (const e of rowEvents) {
            const problem = eventDataProblem(e.type, e.data);
            if (problem) throw new RowError(e.type, `would store an event its schema refuses (${problem})`);
          }
          for (const e of rowEvents) events.push(e);
          rowStreams.push({ line, streamId: rowEvents[0].streamId, events: rowEvents.length, rowKey: row.rowKey });
        } catch (err) {
          if (!(err instanceof RowError)) throw err;
          report(d, line, err.message);
        }
      }
      await groups.reserve(trx, plan);
      const result = await appendBulk(trx, events, metadata);
      for (const e of plan.events) {
        if (result.streams.get(e.streamId)?.outcome === 'conflict') {
          throw new GroupRaceError(`group stream ${e.streamId} holds other content under the import's event ids`);
        }
      }
      for (const r of rowStreams) {
        const outcome = result.streams.get(r.streamId);
        if (outcome?.outcome === 'conflict') {
          report(
            d,
            r.line,
            `row ${r.rowKey} was imported before with other content; ` +
              'corrections are not imported (record them as corrections)',
          );
        } else if (outcome?.outcome === 'appended') {
          // Every id derives from the row, so an incident whose first event is new got all of its events now.
          if (outcome.appended === r.events) d.incidentsAdded++;
        } else {
          d.unchanged++;
        }
      }
      d.added = result.appended;
      // Counted from what was written: a concurrent batch or import may have registered the same group first.
      d.groupsRegistered = plan.events.filter(
        (e) => e.type === 'GroupRegistered' && result.streams.get(e.streamId)?.outcome === 'appended',
      ).length;
      d.lastPosition = result.lastPosition;
      if (opts.repository) {
        const soFar = total(written, Math.max(bytesCommitted, batch.at(-1)?.bytes ?? 0));
        await opts.repository.progress(
          opts.importId,
          { ...soFar, rows: soFar.rows + d.rows, added: soFar.added + d.added, skipped: soFar.skipped + d.skipped },
          trx,
        );
      }
    });
    // Committed: only now do the totals and the group cache move on.
    merge(d);
    groups.commit(plan!);
    sourceRecorded = true;
    bytesCommitted = Math.max(bytesCommitted, batch.at(-1)?.bytes ?? 0);
    if (d.added > 0) store.notifyAppended();
    opts.onProgress?.(total(written, bytesCommitted));
  };

  // PIPELINE_DEPTH batches are written while the next one is parsed (Node parses, Postgres
  // writes). The first batch goes alone: it registers the source and the first groups.
  const inFlight = new Set<Promise<void>>();
  let firstBatch: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const submit = async (batch: PendingRow[]) => {
    if (firstBatch) await firstBatch.catch(() => undefined);
    while (inFlight.size >= PIPELINE_DEPTH) await Promise.race(inFlight);
    if (failure) throw failure.error;
    const p: Promise<void> = flush(batch)
      .catch((error) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    firstBatch ??= p;
  };
  /** Waits for every batch; the import fails if one did. */
  const settle = async () => {
    await Promise.all([...inFlight]);
    if (failure) throw failure.error;
  };

  let batch: PendingRow[] = [];
  /** Row keys of the batch: an eventid repeated within one batch must not reach the append twice. */
  let keysInBatch = new Map<string, PendingRow>();
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  try {
    for await (const { record: values, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      if (!columns) {
        columns = gtdColumns(values);
        const missing = missingGtdColumns(columns.names);
        if (missing.length)
          throw new Error(`not a GTD file this importer can read: missing column(s) ${missing.join(', ')}`);
        continue;
      }
      const record: GtdRecord = { values, columns };
      const line = startLine(values, info.lines);
      const rowKey = rowKeyOf(record, occurrences);
      let row: GtdRow;
      try {
        row = mapGtdRecord(record, rowKey, GTD_SOURCE.sourceId);
      } catch (err) {
        if (!(err instanceof RowError)) throw err;
        early.rows++;
        report(early, line, err.message);
        continue;
      }
      const seen = keysInBatch.get(rowKey);
      if (seen) {
        early.rows++;
        if (JSON.stringify(seen.row.reported) === JSON.stringify(row.reported)) early.unchanged++;
        else report(early, line, `row ${rowKey} repeats line ${seen.line} with other content`);
        continue;
      }
      const pending: PendingRow = { line, row, bytes: info.bytes };
      keysInBatch.set(rowKey, pending);
      batch.push(pending);
      if (batch.length >= batchSize) {
        const full = batch;
        batch = [];
        keysInBatch = new Map();
        await submit(full);
      }
    }
    if (batch.length || !sourceRecorded) await submit(batch);
    await settle();
    if (tooLarge) throw tooLarge;
  } catch (err) {
    input.unpipe(parser);
    input.destroy();
    await Promise.all([...inFlight]);
    throw err;
  }
  const seconds = (performance.now() - started) / 1000;
  const result = total(written, parser.info.bytes);
  return { ...result, seconds, rowsPerSecond: seconds > 0 ? Math.round(result.rows / seconds) : result.rows };
}

/** The line a record starts on: csv-parse reports where it ends; quoted cells may span lines. */
function startLine(values: readonly string[], endLine: number): number {
  let extra = 0;
  for (const v of values) if (v.indexOf('\n') >= 0) extra += v.split('\n').length - 1;
  return endLine - extra;
}
