#!/usr/bin/env node
// `npm start`: compile (swc, a few seconds), then hand over to the launcher.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { launch } = await import('../dist/libs/runtime/src/launcher/launch.js');
await launch();
