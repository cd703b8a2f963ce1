#!/usr/bin/env node
// `npm test`: jest in ESM mode. With no arguments it runs in two phases: the unit, integration and
// end-to-end suites, then the hardening and process suites. The latter hold transactions open on
// purpose, and a transaction open anywhere on the server holds back every gap-safe follower of
// every database (the snapshot's xmin is cluster-wide), which would stall the former's followers.
// With arguments (a path, --selectProjects …) it is one plain jest run.
import { spawnSync } from 'node:child_process';

const jest = new URL('../node_modules/jest/bin/jest.js', import.meta.url).pathname;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() };
const run = (args) => spawnSync(process.execPath, [jest, ...args], { stdio: 'inherit', env }).status ?? 1;

const args = process.argv.slice(2);
if (args.length) process.exit(run(args));
const first = run(['--selectProjects', 'unit', 'integration', 'e2e']);
const second = run(['--selectProjects', 'hardening', 'processes', 'browser']);
process.exit(first || second);
