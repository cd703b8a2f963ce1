// Global set-up of the suites that start real API and worker processes: compile once (swc, seconds).
import { spawnSync } from 'node:child_process';

export default function buildDist() {
  const res = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run build failed with ${res.status}`);
}
