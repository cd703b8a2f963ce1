import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Actor } from '@app/domain';
import { EXIT, UsageError } from '../cli-errors.js';
import { act, count, note, output, wholeNumber, withAppDatabase, type JsonOption } from '../command-context.js';
import { createProgress } from '../progress.js';

const CLI_ACTOR: Actor = { keyId: 'cli', role: 'admin', name: 'cli' };
/** Problems listed in the human report; --json gives every one the import kept. */
const PROBLEMS_SHOWN = 20;

interface ImportOptions extends JsonOption {
  batchSize?: number;
}

export function registerImportGtd(program: Command): void {
  program
    .command('import-gtd')
    .description('import a Global Terrorism Database CSV (idempotent: importing the same file again adds nothing)')
    .argument('<file>', 'the GTD CSV export (header row first)')
    .option('--batch-size <rows>', 'rows per transaction (default 2000)', wholeNumber('--batch-size', 1))
    .option(
      '--json',
      'print the final report as one JSON object (no progress bar); a failed import prints its record, status failed',
    )
    .addHelpText(
      'after',
      '\nRows GTD could not give (bad cells, unreadable records) are skipped and listed in the report; the ' +
        'import still exits 0.' +
        '\nProgress (on a terminal): rows done of the rows in the file, rate and ETA.',
    )
    .action(
      act(async (file: string, opts: ImportOptions) => {
        let size: number;
        try {
          const s = await stat(file);
          if (!s.isFile()) throw new Error('not a file');
          size = s.size;
        } catch (err) {
          throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
        }
        const imports = await import('@app/imports');
        const { EventStore } = await import('@app/event-store');
        const showProgress = !opts.json;
        // One quick pass over the file for the bar's total in rows (skipped when nothing is drawn).
        const totalRows = showProgress ? await imports.countCsvRecords(file) : 0;
        const { id, result } = await withAppDatabase('claimtrail-cli-import', 3, async (db) => {
          const repo = new imports.ImportsRepository(db);
          const id = randomUUID();
          await repo.create(id, CLI_ACTOR, { fileName: file, bytesTotal: size });
          await repo.start(id);
          const bar = createProgress({
            label: `import ${path.basename(file)}`,
            unit: 'rows',
            total: totalRows,
            enabled: showProgress,
          });
          try {
            const result = await imports.importGtd(db, new EventStore(db), createReadStream(file), {
              importId: id,
              actor: CLI_ACTOR,
              batchSize: opts.batchSize,
              repository: repo,
              onProgress: (c) => bar.update(c.rows),
            });
            bar.finish(result.rows);
            await repo.finish(id, 'succeeded', result, { rowsPerSecond: result.rowsPerSecond });
            return { id, result };
          } catch (err) {
            bar.stop();
            const saved = await repo.get(id);
            if (saved) await repo.finish(id, 'failed', { ...saved }, { failure: (err as Error).message });
            // A script still gets its one JSON object: the import as recorded, status failed.
            if (opts.json) output(opts, await repo.get(id), () => '');
            note(
              `import ${id} failed; batches committed before the failure stay recorded, and importing the file ` +
                `again adds only what is missing`,
            );
            throw err;
          }
        });
        const { errors, ...summary } = result;
        const report = { id, status: 'succeeded', ...summary, seconds: Math.round(result.seconds * 100) / 100, errors };
        output(opts, report, () => {
          const lines = [
            `import ${id} succeeded: ${count(result.rows)} rows in ${report.seconds} s ` +
              `(${count(result.rowsPerSecond)} rows/s)`,
            `  events added ${count(result.added)}, incidents added ${count(result.incidentsAdded)}, groups ` +
              `registered ${count(result.groupsRegistered)}, rows unchanged ${count(result.unchanged)}, rows ` +
              `skipped ${count(result.skipped)}`,
          ];
          if (result.errorCount) {
            lines.push(
              `  problems (${Math.min(PROBLEMS_SHOWN, result.errorCount)} of ${count(result.errorCount)}; all ` +
                `kept ones with --json or GET /v1/admin/imports/${id}):`,
            );
            for (const e of errors.slice(0, PROBLEMS_SHOWN)) lines.push(`    line ${e.line}: ${e.message}`);
          }
          return lines.join('\n');
        });
        return EXIT.ok;
      }),
    );
}
