#!/usr/bin/env node
// `npm run format:check` runs this after Prettier: Prettier wraps code at 120 columns but keeps
// comments, string literals, test titles and SQL in template literals whole, so this fails the run
// on any tracked source line longer than 120 characters that Prettier left. Prints each one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getFileInfo } from 'prettier';

const MAX = 120;
const candidates = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f));
// Generated or not ours to wrap: whatever .prettierignore leaves alone, read through Prettier itself.
const ignored = await Promise.all(
  candidates.map(async (f) => (await getFileInfo(f, { ignorePath: '.prettierignore' })).ignored),
);
const files = candidates.filter((_, i) => !ignored[i]);

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed by git but deleted in the working tree
  }
  text.split('\n').forEach((line, i) => {
    if (line.length > MAX) long.push(`${file}:${i + 1}: ${line.length} characters`);
  });
}
if (long.length) {
  console.error(`${long.length} line(s) over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, no line over ${MAX} characters`);
