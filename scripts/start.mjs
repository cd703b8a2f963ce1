#!/usr/bin/env node
// `npm start`: compile when a source changed since the last build, then hand over to the launcher.
import { ensureBuilt } from './build.mjs';

try {
  ensureBuilt();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const { launch } = await import('../dist/libs/runtime/src/launcher/launch.js');
await launch();
