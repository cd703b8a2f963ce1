import { InvalidArgumentError, type Command } from 'commander';
import type { AppConfig } from '@app/config';
import type { DatabaseHandle } from '@app/event-store';
import { EnvironmentError } from './cli-errors.js';

export interface JsonOption {
  json?: boolean;
}

/** Messages for people go to stderr; stdout carries only the command's output (its report or its export). */
export const note = (message: string) => console.error(`[claimtrail] ${message}`);

/** The configuration, with a bad variable reported as an environment problem (exit 3). */
export async function loadCliConfig(env: NodeJS.ProcessEnv = process.env): Promise<AppConfig> {
  const { loadConfig } = await import('@app/config');
  try {
    return loadConfig(env);
  } catch (err) {
    throw new EnvironmentError((err as Error).message);
  }
}

/**
 * Runs `work` against the command's database (DATABASE_URL, or the embedded one of DATA_DIR,
 * started for the command when it is not running) with a configuration whose DATABASE_URL
 * points there; stops a server it started, whatever happened.
 */
export async function withDatabase<T>(work: (config: AppConfig) => Promise<T>): Promise<T> {
  const config = await loadCliConfig();
  const { openDatabaseTarget } = await import('./database-target.js');
  const target = await openDatabaseTarget(config, note);
  try {
    return await work(await loadCliConfig({ ...process.env, DATABASE_URL: target.url }));
  } finally {
    await target.release();
  }
}

/**
 * `withDatabase`, migrated first, with `work` on a pool of its own under the app role (the one the
 * API writes and reads with), closed whatever happened.
 */
export async function withAppDatabase<T>(
  applicationName: string,
  poolMax: number,
  work: (db: DatabaseHandle['db']) => Promise<T>,
): Promise<T> {
  const { createDatabase } = await import('@app/event-store');
  const { prepareDatabase } = await import('@app/runtime');
  return withDatabase(async (config) => {
    await prepareDatabase(config);
    const app = createDatabase({
      url: config.DATABASE_URL!,
      role: config.DATABASE_APP_ROLE || undefined,
      poolMax,
      applicationName,
    });
    try {
      return await work(app.db);
    } finally {
      await app.close();
    }
  });
}

/** Prints the final report: one JSON object with --json, else the human lines. */
export function output(opts: JsonOption, report: unknown, human: () => string): void {
  console.log(opts.json ? JSON.stringify(report, null, 2) : human());
}

/** A whole number ≥ min, for commander's option parsers (a bad one is a usage error). */
export function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };
}

export const count = (n: number) => n.toLocaleString('en-US');

const exitCodes = new WeakMap<Command, number>();

/** The exit code the command line's action returned (undefined when none ran, e.g. --help). */
export const exitCodeSet = (program: Command): number | undefined => exitCodes.get(program);

/**
 * A commander action whose result is the exit code, kept on the root command for runCli (not
 * process.exitCode: runCli also runs inside tests, whose process must not inherit it).
 */
export function act<A extends unknown[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    let root = args[args.length - 1] as Command;
    while (root.parent) root = root.parent;
    exitCodes.set(root, await run(...args));
  };
}
