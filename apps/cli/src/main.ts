import { loadConfig } from '@app/config';
import { createDatabase, verifyLedger } from '@app/event-store';
import { PROJECTIONS, RebuildRunner } from '@app/projections';
import { prepareDatabase } from '@app/runtime';
import { progressBar } from './progress-bar.js';
import { IMPORT_EXPORT_USAGE, runImportExportCommand } from './import-export.commands.js';

const USAGE = `claimtrail CLI (npm run cli -- <command>)

  migrate                 run pending migrations and ensure the app role
  verify                  recompute the sealed ledger and report the first mismatch
  rebuild <name|all>      rebuild read models into shadow tables and swap them in
                          (${PROJECTIONS.map((p) => p.name).join(', ')}, all)
`;

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set');
    return 2;
  }
  const handled = await runImportExportCommand(config, command, argv.slice(1));
  if (handled !== undefined) return handled;
  if (command === 'migrate') {
    const applied = await prepareDatabase(config);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
    return 0;
  }
  if (command === 'verify') {
    const db = createDatabase({ url: config.DATABASE_URL, poolMax: 2, applicationName: 'claimtrail-cli' });
    try {
      const report = await verifyLedger(db.db);
      console.log(JSON.stringify(report, null, 2));
      return report.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  }
  if (command === 'rebuild' && arg) {
    await prepareDatabase(config);
    const owner = createDatabase({ url: config.DATABASE_URL, poolMax: 2, applicationName: 'claimtrail-cli' });
    try {
      const runner = new RebuildRunner(owner.db);
      const id = await runner.begin(arg, 'cli');
      const { rows } = await owner.pool.query<{ n: string }>('select count(*) as n from events');
      const total = Number(rows[0].n) * (arg === 'all' ? PROJECTIONS.length : 1);
      const bar = progressBar(`rebuild ${arg}`, total);
      const report = await runner.run(id, { batchSize: config.REBUILD_BATCH_SIZE, appRole: config.DATABASE_APP_ROLE || undefined, onProgress: bar.update });
      bar.done();
      console.log(JSON.stringify(report, null, 2));
      return report.status === 'succeeded' ? 0 : 1;
    } finally {
      await owner.close();
    }
  }
  process.stderr.write(USAGE + IMPORT_EXPORT_USAGE);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
