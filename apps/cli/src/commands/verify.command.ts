import type { Command } from 'commander';
import { EnvironmentError, EXIT, UsageError } from '../cli-errors.js';
import { act, count, output, withDatabase, type JsonOption } from '../command-context.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'recompute the sealed ledger from the stored events and report the first mismatch (exit 1 when there is one)',
    )
    .option('--json', 'print the report as one JSON object: { ok, checkedThrough, seals, events, firstMismatch, head }')
    .option(
      '--expect-head <hash@position>',
      'a head kept outside the database (printed by an earlier verify, logged by the sealer): fail when the ' +
        'ledger no longer reaches it (a truncated tail)',
    )
    .action(
      act(async (opts: JsonOption & { expectHead?: string }) => {
        const { createDatabase, verifyLedger, parseLedgerHead, formatLedgerHead } = await import('@app/event-store');
        const expectHead = opts.expectHead === undefined ? undefined : parseLedgerHead(opts.expectHead);
        if (expectHead === null)
          throw new UsageError(`--expect-head must be <64 hex digits>@<position> (got "${opts.expectHead}")`);
        const report = await withDatabase(async (config) => {
          const db = createDatabase({
            url: config.DATABASE_URL!,
            poolMax: 2,
            applicationName: 'claimtrail-cli-verify',
          });
          try {
            return await verifyLedger(db.db, { expectHead });
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
          const covered =
            `${count(report.seals)} seals, ${count(report.events)} events, checked through position ` +
            `${report.checkedThrough}`;
          const head = report.head ? `\nhead: ${formatLedgerHead(report.head)}` : '';
          if (report.ok) return `ledger verified: ${covered}${head}`;
          const m = report.firstMismatch!;
          return (
            `LEDGER MISMATCH in seal ${m.sealId}${m.position === null ? '' : ` at position ${m.position}`}: ` +
            `${m.reason}\n(verified before it: ${covered})${head}`
          );
        });
        return report.ok ? EXIT.ok : EXIT.failed;
      }),
    );
}
