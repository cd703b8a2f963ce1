#!/usr/bin/env node
// `npm run cli -- …`: the built CLI; compiles first only when a source changed since the last build.
import { ensureBuilt } from './build.mjs';

try {
  ensureBuilt({ quiet: true });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
await import('../dist/apps/cli/src/main.js');
