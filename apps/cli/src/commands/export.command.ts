import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import type { DatabaseHandle } from '@app/event-store';
import { EXIT, UsageError } from '../cli-errors.js';
import { act, note, wholeNumber, withAppDatabase } from '../command-context.js';

interface ExportOptions {
  out?: string;
  from?: string;
  to?: string;
  fromPosition?: number;
}

type Exporter = (db: DatabaseHandle['db'], opts: ExportOptions) => Promise<AsyncGenerator<string>>;

/** The export's text chunks to --out or stdout, with backpressure; a bad parameter is a usage error. */
async function runExport(opts: ExportOptions, exporter: Exporter): Promise<number> {
  const { ExportParameterError } = await import('@app/imports');
  await withAppDatabase('claimtrail-cli-export', 2, async (db) => {
    try {
      const gen = await exporter(db, opts);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      await pipeline(Readable.from(gen, { objectMode: false, highWaterMark: 256 * 1024 }), out, {
        end: out !== process.stdout,
      });
      if (opts.out) note(`wrote ${opts.out}`);
    } catch (err) {
      if (err instanceof ExportParameterError) throw new UsageError(err.message);
      // The reader went away (`| head`): what it took was written, which is all it wanted.
      if ((err as { code?: string }).code === 'EPIPE') return;
      throw err;
    }
  });
  return EXIT.ok;
}

async function period(opts: ExportOptions): Promise<{ from?: Date; to?: Date }> {
  const { parseTimeParam } = await import('@app/imports');
  const at = (name: 'from' | 'to') => {
    const v = opts[name];
    if (v === undefined) return undefined;
    const d = parseTimeParam(v);
    if (!d) throw new UsageError(`--${name}: expected an RFC 3339 time or a YYYY-MM-DD date, got "${v}"`);
    return d;
  };
  return { from: at('from'), to: at('to') };
}

const OUT = ['--out <file>', 'write to this file instead of stdout'] as const;
const FROM = [
  '--from <date>',
  'incidents whose possible period ends at or after this time (RFC 3339 or YYYY-MM-DD)',
] as const;
const TO = ['--to <date>', 'incidents whose possible period starts at or before this time'] as const;

export function registerExports(program: Command): void {
  program
    .command('export-events')
    .description('every event as NDJSON, in log order; resumable after the position of the last line received')
    .option(
      '--from-position <n>',
      'start after this event position (the last one received)',
      wholeNumber('--from-position', 0),
    )
    .option(...OUT)
    .action(
      act((opts: ExportOptions) =>
        runExport(opts, async (db, o) => {
          const { eventsExportStart, exportEventsNdjson } = await import('@app/imports');
          return exportEventsNdjson(db, await eventsExportStart(db, o.fromPosition));
        }),
      ),
    );

  // The two picture exports take the same period options and differ only in what they write.
  const pictures = [
    ['export-incidents', 'the current attribution picture as CSV, one row per incident', 'exportIncidentsCsv'],
    ['export-stix', 'a STIX 2.1 bundle of groups, incidents, attributions, claims and sources', 'exportStix'],
  ] as const;
  for (const [name, description, exporter] of pictures) {
    program
      .command(name)
      .description(description)
      .option(...FROM)
      .option(...TO)
      .option(...OUT)
      .action(
        act(async (opts: ExportOptions) => {
          const bounds = await period(opts);
          return runExport(opts, async (db) => (await import('@app/imports'))[exporter](db, bounds));
        }),
      );
  }
}
