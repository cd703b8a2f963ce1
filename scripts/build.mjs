#!/usr/bin/env node
// Compiles apps/, libs/, migrations/ and bench/ into dist/ with swc, but only when an input has
// changed since the last build: a content hash of every input is kept in dist/.build-stamp, so
// `npm run cli` and `npm start` cost no compile step after the first (a few ms to hash).
// `--force` always builds. Exported for the launchers: `ensureBuilt()`.
// The analyst console (apps/console, a Vite app) is built the same way into dist/console, with a
// stamp of its own (dist/console/.build-stamp), so a server-only change does not rebuild it.
// The path aliases (@app/*) are tsconfig.json's `paths`, the one list of them: swc gets .swcrc
// plus those paths in a generated config (dist/.swcrc.generated.json), jest.config.cjs reads them too.
// Run as a script (as `npm ci`'s prepare does) it first derives the client's declarations from the
// committed OpenAPI document (packages/api-client/src/schema.d.ts, generated, not committed).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['apps', 'libs', 'migrations', 'bench'];
const CONFIG = ['.swcrc', 'tsconfig.json', 'package-lock.json', 'scripts/build.mjs'];
const STAMP = path.join(root, 'dist', '.build-stamp');
const SWC_CONFIG = path.join(root, 'dist', '.swcrc.generated.json');
// apps/console is a Vite app with its own build; test files are not compiled.
const SKIP = /(^|\/)(node_modules|dist|results)(\/|$)|^apps\/console\/|\.(spec|int-spec|e2e-spec)\.ts$/;

function inputs() {
  const files = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (SKIP.test(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (/\.(ts|mts|json|sql)$/.test(entry.name)) files.push(child);
    }
  };
  for (const dir of SOURCES) if (existsSync(path.join(root, dir))) walk(dir);
  return [...files.sort(), ...CONFIG.filter((f) => existsSync(path.join(root, f)))];
}

/** .swcrc with tsconfig.json's path aliases; swc resolves them against the repository root. */
function swcConfig() {
  const swcrc = JSON.parse(readFileSync(path.join(root, '.swcrc'), 'utf8'));
  const { paths = {} } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions ?? {};
  return { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: root, paths } };
}

/** SHA-256 over these files' names and contents, in order. */
function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const fingerprint = () => hashFiles(inputs());

/** Builds when the inputs changed (or `force`); returns whether it compiled. Throws on a failed build. */
export function ensureBuilt({ force = false, quiet = false } = {}) {
  const want = fingerprint();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === want) return false;
  const started = Date.now();
  // A clean output: a source file deleted since the last build must not linger in dist/.
  for (const dir of SOURCES) rmSync(path.join(root, 'dist', dir), { recursive: true, force: true });
  mkdirSync(path.dirname(SWC_CONFIG), { recursive: true });
  writeFileSync(SWC_CONFIG, `${JSON.stringify(swcConfig(), null, 2)}\n`);
  const swc = path.join(root, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
  const sources = SOURCES.filter((d) => existsSync(path.join(root, d)));
  const args = [swc, ...sources, '-d', 'dist', '--quiet', '--no-swcrc', '--config-file', SWC_CONFIG];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`swc failed (exit ${run.status ?? run.signal})`);
  writeFileSync(STAMP, `${want}\n`);
  if (!quiet) console.error(`[claimtrail] compiled in ${Date.now() - started} ms`);
  return true;
}

const CONSOLE_SOURCES = ['apps/console', 'packages/api-client/src'];
const CONSOLE_CONFIG = ['package-lock.json', 'scripts/build.mjs'];
const CONSOLE_OUT = path.join(root, 'dist', 'console');
const CONSOLE_STAMP = path.join(CONSOLE_OUT, '.build-stamp');

function consoleFingerprint() {
  const files = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      // schema.d.ts: generated declarations, erased by Vite; the console's output does not depend on them.
      if (/(^|\/)(node_modules|dist)(\/|$)|schema\.d\.ts$/.test(child)) continue;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  for (const dir of CONSOLE_SOURCES) if (existsSync(path.join(root, dir))) walk(dir);
  return hashFiles([...files.sort(), ...CONSOLE_CONFIG]);
}

/** Builds the console with Vite when its sources changed (or `force`); returns whether it built. */
export function ensureConsoleBuilt({ force = false, quiet = false } = {}) {
  if (!existsSync(path.join(root, 'apps', 'console', 'vite.config.ts'))) return false;
  const want = consoleFingerprint();
  if (!force && existsSync(CONSOLE_STAMP) && readFileSync(CONSOLE_STAMP, 'utf8').trim() === want) return false;
  const started = Date.now();
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    vite,
    'build',
    '--config',
    path.join(root, 'apps', 'console', 'vite.config.ts'),
    '--logLevel',
    quiet ? 'error' : 'warn',
  ];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build of the console failed (exit ${run.status ?? run.signal})`);
  writeFileSync(CONSOLE_STAMP, `${want}\n`);
  if (!quiet) console.error(`[claimtrail] console built in ${Date.now() - started} ms`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = { force: process.argv.includes('--force'), quiet: process.argv.includes('--quiet') };
    // Imported here only: openapi-typescript is a dev dependency, and start.mjs imports this file.
    await (await import('../packages/api-client/render-schema.mjs')).ensureSchema();
    ensureBuilt(opts);
    ensureConsoleBuilt(opts);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
