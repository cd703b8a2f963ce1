// Types of scripts/build.mjs for the TypeScript that imports it (the console's tests build it first).
export interface BuildOptions {
  force?: boolean;
  quiet?: boolean;
}
/** Compiles apps, libs, migrations and bench into dist/ when an input changed; whether it compiled. */
export function ensureBuilt(opts?: BuildOptions): boolean;
/** Builds apps/console into dist/console when its sources changed; whether it built. */
export function ensureConsoleBuilt(opts?: BuildOptions): boolean;
