// The committed synthetic GTD file is exactly what scripts/make-synthetic-gtd.mjs writes: edit the
// script and regenerate (`node scripts/make-synthetic-gtd.mjs`), never the file by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const committed = fileURLToPath(new URL('../fixtures/gtd/synthetic.csv', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/make-synthetic-gtd.mjs', import.meta.url));

describe('synthetic GTD file', () => {
  it('is byte for byte what its script writes, and small', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-synthetic-gtd-'));
    try {
      const out = join(dir, 'synthetic.csv');
      execFileSync(process.execPath, [script, '--out', out], { stdio: 'pipe' });
      const fresh = readFileSync(out);
      const file = readFileSync(committed);
      expect(fresh.length).toBe(file.length);
      expect(fresh.equals(file)).toBe(true);
      expect(file.length).toBeLessThan(200 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
