import { loadConfig } from '@app/config';
import { createDatabase } from '@app/event-store';
import { PROJECTIONS, RebuildRunner } from '@app/projections';
import { prepareDatabase } from '@app/runtime';
import { progressBar } from './progress-bar.js';

const USAGE = `claimtrail CLI (npm run cli -- <command>)

  migrate                 run pending migrations and ensure the app role
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
  if (command === 'migrate') {
    const applied = await prepareDatabase(config);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
    return 0;
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
  process.stderr.write(USAGE);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
