// Global set-up of the suites that start real API and worker processes: compile when a source changed.
import { ensureBuilt } from '../../scripts/build.mjs';

export default function buildDist() {
  ensureBuilt({ quiet: true });
}
