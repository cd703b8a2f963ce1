import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '@app/config';
import type { Actor } from '@app/domain';
import { createDatabase, EventStore } from '@app/event-store';
import {
  eventsExportStart,
  ExportParameterError,
  exportEventsNdjson,
  exportIncidentsCsv,
  exportStix,
  importGtd,
  ImportsRepository,
  parseTimeParam,
} from '@app/imports';
import { prepareDatabase } from '@app/runtime';

export const IMPORT_EXPORT_USAGE = `  import-gtd <file.csv> [--batch-size N]
                          import a GTD CSV (idempotent: a re-import adds nothing)
  export-events [--from-position N] [--out FILE]
                          every event as NDJSON, resumable after the position of the last line received
  export-incidents [--from DATE] [--to DATE] [--out FILE]
                          the current attribution picture as CSV
  export-stix [--from DATE] [--to DATE] [--out FILE]
                          a STIX 2.1 bundle of groups, incidents, attributions, claims and sources
`;

const CLI_ACTOR: Actor = { keyId: 'cli', role: 'admin', name: 'cli' };

class UsageError extends Error {}

function options(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) positional.push(a);
    else if (a.includes('=')) flags.set(a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (i + 1 < args.length) flags.set(a.slice(2), args[++i]);
    else throw new UsageError(`${a} needs a value`);
  }
  return { positional, flags };
}

function time(flags: Map<string, string>, name: string): Date | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const d = parseTimeParam(v);
  if (!d) throw new UsageError(`--${name}: expected an RFC 3339 time or a YYYY-MM-DD date`);
  return d;
}

/** Rows, share of the file read, and rate, on one stderr line (plain lines when not a terminal). */
function importProgress(label: string, totalBytes: number) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let last = 0;
  return (rows: number, bytes: number, done = false) => {
    const pct = totalBytes ? Math.min(1, bytes / totalBytes) : 1;
    const width = 30;
    const filled = Math.round(pct * width);
    const rate = Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(pct * 100)}% ${rows} rows ${rate} rows/s`;
    if (tty) process.stderr.write(`\r${line}${done ? '\n' : ''}`);
    else if (done || Date.now() - last > 2000) {
      process.stderr.write(`${line}\n`);
      last = Date.now();
    }
  };
}

async function importCommand(config: AppConfig, args: string[]): Promise<number> {
  const { positional, flags } = options(args);
  const file = positional[0];
  if (!file) throw new UsageError('import-gtd needs a file');
  const batchSize = flags.has('batch-size') ? Number(flags.get('batch-size')) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) throw new UsageError('--batch-size must be a positive whole number');
  const size = (await stat(file)).size;
  await prepareDatabase(config);
  const app = createDatabase({ url: config.DATABASE_URL!, role: config.DATABASE_APP_ROLE || undefined, poolMax: 3, applicationName: 'claimtrail-cli-import' });
  try {
    const repo = new ImportsRepository(app.db);
    const id = randomUUID();
    await repo.create(id, CLI_ACTOR, { fileName: file, bytesTotal: size });
    await repo.start(id);
    const bar = importProgress(`import ${file}`, size);
    try {
      const result = await importGtd(app.db, new EventStore(app.db), createReadStream(file), {
        importId: id,
        actor: CLI_ACTOR,
        batchSize,
        repository: repo,
        onProgress: (c) => bar(c.rows, c.bytesRead),
      });
      bar(result.rows, size, true);
      await repo.finish(id, 'succeeded', result, { rowsPerSecond: result.rowsPerSecond });
      const { errors, ...summary } = result;
      console.log(JSON.stringify({ id, status: 'succeeded', ...summary, seconds: Math.round(result.seconds * 100) / 100, errors: errors.slice(0, 20) }, null, 2));
      if (errors.length > 20) console.log(`… ${result.errorCount - 20} more problems: GET /v1/admin/imports/${id}`);
      return 0;
    } catch (err) {
      const saved = await repo.get(id);
      if (saved) await repo.finish(id, 'failed', { ...saved }, { failure: (err as Error).message });
      throw err;
    }
  } finally {
    await app.close();
  }
}

async function exportCommand(config: AppConfig, command: string, args: string[]): Promise<number> {
  const { flags } = options(args);
  await prepareDatabase(config);
  const app = createDatabase({ url: config.DATABASE_URL!, role: config.DATABASE_APP_ROLE || undefined, poolMax: 2, applicationName: 'claimtrail-cli-export' });
  try {
    let gen: AsyncGenerator<string>;
    if (command === 'export-events') {
      const from = flags.has('from-position') ? Number(flags.get('from-position')) : undefined;
      if (from !== undefined && (!Number.isInteger(from) || from < 0)) throw new UsageError('--from-position must be a whole number');
      gen = exportEventsNdjson(app.db, await eventsExportStart(app.db, from));
    } else if (command === 'export-incidents') {
      gen = exportIncidentsCsv(app.db, { from: time(flags, 'from'), to: time(flags, 'to') });
    } else {
      gen = exportStix(app.db, { from: time(flags, 'from'), to: time(flags, 'to') });
    }
    const out: Writable = flags.has('out') ? createWriteStream(flags.get('out')!) : process.stdout;
    await pipeline(Readable.from(gen, { objectMode: false, highWaterMark: 256 * 1024 }), out, { end: out !== process.stdout });
    if (flags.has('out')) console.error(`wrote ${flags.get('out')}`);
    return 0;
  } finally {
    await app.close();
  }
}

/** Runs an import or export command; undefined when `command` is none of them. */
export async function runImportExportCommand(config: AppConfig, command: string | undefined, args: string[]): Promise<number | undefined> {
  try {
    if (command === 'import-gtd') return await importCommand(config, args);
    if (command === 'export-events' || command === 'export-incidents' || command === 'export-stix') return await exportCommand(config, command, args);
    return undefined;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ExportParameterError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
}
