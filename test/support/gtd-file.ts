// Where the licensed GTD extract is: GTD_FILE, or ../shared/data/… next to the repository (START's
// terms forbid committing it, so a fresh clone may not have it). Relative paths are resolved
// against the repository root, whatever directory jest was started from.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GTD_FILE_DEFAULT = '../shared/data/gtd-pakistan-2007-2018.csv';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the licensed extract. */
export const gtdFile = path.resolve(repo, process.env.GTD_FILE || GTD_FILE_DEFAULT);

/** Whether the extract is there: the real-data tests run only then. */
export const gtdFileExists = existsSync(gtdFile);

/** Why the real-data tests did not run, for the test output. */
export const gtdFileMissing = `licensed GTD extract not found at ${gtdFile} (set GTD_FILE to its path)`;
