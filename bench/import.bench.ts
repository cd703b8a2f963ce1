// I1: the real GTD extract through the product's importer, rows/s and peak RSS, on a fresh database.
import { createReadStream, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EventStore } from '@app/event-store';
import { importGtd } from '@app/imports';
import { withFreshDatabase } from './support/harness.js';

export async function runImportBench(file: string) {
  if (!existsSync(file)) return { skipped: `no file at ${file}` };
  return withFreshDatabase('import', async (db) => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    try {
      const r = await importGtd(db.db, new EventStore(db.db), createReadStream(file), {
        importId: randomUUID(),
        actor: { keyId: 'bench', role: 'admin', name: 'bench' },
      });
      return { rows: r.rows, added: r.added, skipped: r.skipped, rowsPerSecond: Math.round(r.rowsPerSecond), peakRssMb: Math.round(peak / 1048576) };
    } finally {
      clearInterval(timer);
    }
  });
}
