import type { Command } from 'commander';
import { EXIT } from '../cli-errors.js';
import { act, output, withDatabase, type JsonOption } from '../command-context.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('run pending migrations and ensure the app role (DATABASE_APP_ROLE) exists with its grants')
    .option('--json', 'print the result as one JSON object: { "applied": [names] }')
    .action(
      act(async (opts: JsonOption) => {
        const { prepareDatabase } = await import('@app/runtime');
        const applied = await withDatabase((config) => prepareDatabase(config));
        output(opts, { applied }, () =>
          applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply: the database is up to date',
        );
        return EXIT.ok;
      }),
    );
}
