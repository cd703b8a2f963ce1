import type { Command } from 'commander';
import { EXIT, UsageError } from '../cli-errors.js';
import { act, output, withDatabase, type JsonOption } from '../command-context.js';

// As in rebuild.command.ts: listed for a fast --help, checked against the registry in the action.
const PROJECTION_NAMES_HELP = 'incidents, groups, sources, persons, statements';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLI_ACTOR = { keyId: 'cli', role: 'admin', name: 'cli' };

async function checkArgs(projection: string, eventId: string): Promise<void> {
  const { PROJECTIONS, projectionNamed } = await import('@app/projections');
  if (!projectionNamed(projection))
    throw new UsageError(`unknown projection "${projection}": one of ${PROJECTIONS.map((p) => p.name).join(', ')}`);
  if (!UUID.test(eventId)) throw new UsageError(`event id must be a UUID (got "${eventId}")`);
}

async function withAppDatabase<T>(
  run: (db: import('kysely').Kysely<import('@app/event-store').Database>) => Promise<T>,
) {
  const { createDatabase } = await import('@app/event-store');
  const { prepareDatabase } = await import('@app/runtime');
  return withDatabase(async (config) => {
    await prepareDatabase(config);
    const db = createDatabase({ url: config.DATABASE_URL!, poolMax: 1, applicationName: 'claimtrail-cli-park' });
    try {
      return await run(db.db);
    } finally {
      await db.close();
    }
  });
}

export function registerPark(program: Command): void {
  program
    .command('park')
    .description(
      'park an event for a read model: its runner skips it (a model stopped at it moves on) and rebuilds leave ' +
        "it out; recorded with the reason, actor 'cli' and the time",
    )
    .argument('<projection>', `a projection (${PROJECTION_NAMES_HELP})`)
    .argument(
      '<eventId>',
      'the event to skip (GET /health and GET /v1/admin/projections name the one a model is stopped at)',
    )
    .requiredOption('--reason <text>', 'why it is parked (kept with it)')
    .option('--json', 'print the parked record as one JSON object')
    .action(
      act(async (projection: string, eventId: string, opts: JsonOption & { reason: string }) => {
        await checkArgs(projection, eventId);
        if (!opts.reason.trim()) throw new UsageError('--reason must not be empty');
        const { AlreadyParkedError, parkProjectionEvent } = await import('@app/projections');
        const parked = await withAppDatabase(async (db) => {
          try {
            return await parkProjectionEvent(db, projection, {
              eventId: eventId.toLowerCase(),
              reason: opts.reason.trim(),
              actor: CLI_ACTOR,
            });
          } catch (err) {
            if (err instanceof AlreadyParkedError) throw new Error(err.message);
            throw err;
          }
        });
        if (!parked) throw new Error(`no event ${eventId} in the log`);
        output(
          opts,
          parked,
          () =>
            `parked ${parked.type} ${parked.eventId} (position ${parked.position}) for ${projection}: ${parked.reason}`,
        );
        return EXIT.ok;
      }),
    );
  program
    .command('unpark')
    .description(
      'unpark an event: the runner applies it if it has not passed it yet; a model already past it takes it at ' +
        'its next rebuild',
    )
    .argument('<projection>', `a projection (${PROJECTION_NAMES_HELP})`)
    .argument('<eventId>', 'the parked event')
    .action(
      act(async (projection: string, eventId: string) => {
        await checkArgs(projection, eventId);
        const { unparkProjectionEvent } = await import('@app/projections');
        const done = await withAppDatabase((db) => unparkProjectionEvent(db, projection, eventId.toLowerCase()));
        if (!done) throw new Error(`event ${eventId} is not parked for ${projection}`);
        process.stdout.write(`unparked ${eventId} for ${projection}\n`);
        return EXIT.ok;
      }),
    );
}
