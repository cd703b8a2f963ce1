import { Command } from 'commander';
import { EXIT_CODES_HELP, exitCodeOf } from './cli-errors.js';
import { exitCodeSet } from './command-context.js';
import { registerExports } from './commands/export.command.js';
import { registerImportGtd } from './commands/import-gtd.command.js';
import { registerMigrate } from './commands/migrate.command.js';
import { registerPark } from './commands/park.command.js';
import { registerRebuild } from './commands/rebuild.command.js';
import { registerVerify } from './commands/verify.command.js';

const DATABASE_HELP = `
Database:
  DATABASE_URL when it is set. Otherwise the embedded PostgreSQL of 'npm start': the server
  running on the cluster in DATA_DIR/postgres (DATA_DIR default ./.data) is used as it is;
  when none runs, the command starts it (initialising the folder if new) on EMBEDDED_PG_PORT
  (default 54329) and stops it when it ends.
`;

export function buildProgram(): Command {
  const program = new Command('npm run cli --')
    .description(
      'claimtrail command line: migrations, ledger verification, read-model rebuilds and parked events, GTD ' +
        'import and exports',
    )
    // Throw instead of exiting, so every way out goes through one exit-code mapping.
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', DATABASE_HELP + EXIT_CODES_HELP);
  // Subcommands created by program.command() inherit exitOverride and the output settings.
  registerMigrate(program);
  registerVerify(program);
  registerRebuild(program);
  registerPark(program);
  registerImportGtd(program);
  registerExports(program);
  return program;
}

/** Runs one command line (the arguments after `npm run cli --`) and resolves with its exit code. */
export async function runCli(args: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCodeSet(program) ?? 0;
  } catch (err) {
    return exitCodeOf(err);
  }
}
