#!/usr/bin/env node
// `npm start`: compile the server (and build the console) when a source changed since the last build,
// then hand over to the launcher.
import { ensureBuilt, ensureConsoleBuilt } from './build.mjs';

try {
  ensureBuilt();
  ensureConsoleBuilt();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const { launch } = await import('../dist/libs/runtime/src/launcher/launch.js');
await launch();
