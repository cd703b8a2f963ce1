// Global set-up of the browser suites: the server (dist/) and the console (dist/console), each only
// when its sources changed, as `npm start` does.
import { ensureBuilt, ensureConsoleBuilt } from '../../../scripts/build.mjs';

export default function buildAll() {
  ensureBuilt({ quiet: true });
  ensureConsoleBuilt({ quiet: true });
}
