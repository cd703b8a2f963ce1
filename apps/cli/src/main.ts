// `npm run cli -- <command>`. Only commander and the command definitions load up front; each
// action imports what it needs (Nest, kysely, the libs: about a second), so --help answers at once.
import { runCli } from './cli-program.js';

const code = await runCli(process.argv.slice(2));
// Explicitly: a pool or a stray timer must not keep a finished command alive.
process.exit(code);
