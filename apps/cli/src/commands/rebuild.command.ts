import type { Command } from 'commander';
import { EXIT, UsageError } from '../cli-errors.js';
import { act, count, output, wholeNumber, withDatabase, type JsonOption } from '../command-context.js';
import { createProgress } from '../progress.js';

// Listed here rather than read from @app/projections so that --help stays fast (loading the
// projections takes most of a second); the action checks the name against the registry, and
// test/cli/cli.int-spec.ts fails when this list misses one.
const PROJECTION_NAMES_HELP = 'incidents, groups, sources, persons, statements';

interface RebuildOptions extends JsonOption {
  batchSize?: number;
}

export function registerRebuild(program: Command): void {
  program
    .command('rebuild')
    .description(
      'rebuild read models: replay the log into shadow tables, compare with the live ones (drift) and swap them in',
    )
    .argument('<name>', `a projection (${PROJECTION_NAMES_HELP}) or all (one pass over the log feeds every one)`)
    .option(
      '--batch-size <events>',
      'events read and applied per batch (default REBUILD_BATCH_SIZE)',
      wholeNumber('--batch-size', 100),
    )
    .option('--json', 'print the final report as one JSON object (no progress bar); exit 1 unless status is succeeded')
    .addHelpText('after', '\nProgress (on a terminal): events replayed of the events in the log, rate and ETA.')
    .action(
      act(async (name: string, opts: RebuildOptions) => {
        const { PROJECTIONS, projectionNamed, RebuildConflictError, RebuildRunner } = await import('@app/projections');
        if (name !== 'all' && !projectionNamed(name)) {
          throw new UsageError(
            `unknown projection "${name}": one of ${[...PROJECTIONS.map((p) => p.name), 'all'].join(', ')}`,
          );
        }
        const { createDatabase } = await import('@app/event-store');
        const { prepareDatabase } = await import('@app/runtime');
        const report = await withDatabase(async (config) => {
          await prepareDatabase(config);
          // The owner: a rebuild creates, drops and renames tables.
          const owner = createDatabase({
            url: config.DATABASE_URL!,
            poolMax: 3,
            applicationName: 'claimtrail-cli-rebuild',
          });
          try {
            const runner = new RebuildRunner(owner.db);
            let id: string;
            try {
              id = await runner.begin(name, 'cli');
            } catch (err) {
              if (err instanceof RebuildConflictError)
                throw new Error(`${err.message} (one rebuild at a time per projection; 'all' excludes the others)`);
              throw err;
            }
            const bar = createProgress({ label: `rebuild ${name}`, unit: 'events', total: 0, enabled: !opts.json });
            const result = await runner.run(id, {
              batchSize: opts.batchSize ?? config.REBUILD_BATCH_SIZE,
              appRole: config.DATABASE_APP_ROLE || undefined,
              onProgress: (events, p) => bar.update(events, p.total, p.phase === 'swap' ? 'swapping in' : undefined),
            });
            if (result.status === 'succeeded') bar.finish(result.events);
            else bar.stop();
            return result;
          } finally {
            await owner.close();
          }
        });
        output(opts, report, () => {
          const lines = [
            `rebuild ${report.projection} ${report.status}: ${count(report.events)} events` +
              `${report.eventsPerSecond ? ` at ${count(report.eventsPerSecond)} events/s` : ''} (id ${report.id})`,
          ];
          if (report.drift)
            lines.push(
              `drift: ${report.drift.rows} row(s) differed from the live model` +
                `${report.drift.rows ? ` ${JSON.stringify(report.drift.byTable ?? {})}` : ''}`,
            );
          for (const [projection, behind] of Object.entries(report.drift?.notCompared ?? {}))
            lines.push(`${projection}: the live model was ${behind} positions behind, swapped without a comparison`);
          if (report.error) lines.push(`error: ${report.error}`);
          return lines.join('\n');
        });
        return report.status === 'succeeded' ? EXIT.ok : EXIT.failed;
      }),
    );
}
