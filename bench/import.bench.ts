// I1: GTD files through the product's importer, rows/s and peak RSS, on a fresh database: the
// real extract, and a generated file of N rows (the extract's rows repeated; rows without an
// eventid are keyed by content and occurrence, so every copy is a new incident).
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { EventStore } from '@app/event-store';
import { importGtd } from '@app/imports';
import { withFreshDatabase } from './support/harness.js';

export async function runImportBench(file: string) {
  if (!existsSync(file)) return { skipped: `no file at ${file} (set GTD_FILE)` };
  return withFreshDatabase('import', async (db) => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    try {
      const r = await importGtd(db.db, new EventStore(db.db), createReadStream(file), {
        importId: randomUUID(),
        actor: { keyId: 'bench', role: 'admin', name: 'bench' },
      });
      return {
        rows: r.rows,
        added: r.added,
        skipped: r.skipped,
        rowsPerSecond: Math.round(r.rowsPerSecond),
        peakRssMb: Math.round(peak / 1048576),
        startRssMb: Math.round(before / 1048576),
      };
    } finally {
      clearInterval(timer);
    }
  });
}

/** A GTD-format file of `rows` data rows made from `source`, in the temp folder. */
export async function generateGtdFile(source: string, rows: number): Promise<string> {
  const [header, ...lines] = readFileSync(source, 'utf8').split(/\r?\n/).filter(Boolean);
  const file = path.join(os.tmpdir(), `claimtrail-bench-gtd-${rows}.csv`);
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < rows; i++) {
    if (!out.write(`${lines[i % lines.length]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

export async function runGeneratedImportBench(source: string, rows: number) {
  if (!existsSync(source)) return { skipped: `no file at ${source} (set GTD_FILE)` };
  const file = await generateGtdFile(source, rows);
  try {
    return await runImportBench(file);
  } finally {
    rmSync(file, { force: true });
  }
}
