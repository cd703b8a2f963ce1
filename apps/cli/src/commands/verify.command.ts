import type { Command } from 'commander';
import { EnvironmentError, EXIT } from '../cli-errors.js';
import { act, count, output, withDatabase, type JsonOption } from '../command-context.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'recompute the sealed ledger from the stored events and report the first mismatch (exit 1 when there is one)',
    )
    .option('--json', 'print the report as one JSON object: { ok, checkedThrough, seals, events, firstMismatch }')
    .action(
      act(async (opts: JsonOption) => {
        const { createDatabase, verifyLedger } = await import('@app/event-store');
        const report = await withDatabase(async (config) => {
          const db = createDatabase({
            url: config.DATABASE_URL!,
            poolMax: 2,
            applicationName: 'claimtrail-cli-verify',
          });
          try {
            return await verifyLedger(db.db);
          } catch (err) {
            // 42P01: no ledger_seals table, i.e. a database never migrated.
            if ((err as { code?: string }).code === '42P01')
              throw new EnvironmentError(
                `the database is not migrated (${(err as Error).message}); run 'npm run cli -- migrate' first`,
              );
            throw err;
          } finally {
            await db.close();
          }
        });
        output(opts, report, () => {
          const covered = `${count(report.seals)} seals, ${count(report.events)} events, checked through position ${report.checkedThrough}`;
          if (report.ok) return `ledger verified: ${covered}`;
          const m = report.firstMismatch!;
          return `LEDGER MISMATCH in seal ${m.sealId}${m.position === null ? '' : ` at position ${m.position}`}: ${m.reason}\n(verified before it: ${covered})`;
        });
        return report.ok ? EXIT.ok : EXIT.failed;
      }),
    );
}
