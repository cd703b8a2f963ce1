// The H1 baseline: an emmett web API shaped like emmett's sample samples/webApi/expressjs-with-postgresql
// (Express, emmett-postgresql, CommandHandler), run as its own process as claimtrail's API is.
// POST /incidents/:id/claims validates the body with zod, reads the incident stream, decides a
// ClaimRecorded and appends it with the read version as the expected one. No auth, no idempotency.
// @event-driven-io/emmett-expressjs stops at 0.20 (pinning emmett 0.20), so its `on`/problem-details
// wiring is written out here in a few lines of plain Express 5.
// Env: DATABASE_URL (its search_path picks the schema), PORT, DATABASE_POOL_MAX (20, as the API's in H1).
import { randomUUID } from 'node:crypto';
import { CommandHandler, EmmettError } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import pg from 'pg';
import { z } from 'zod';
import { CLAIM_CHANNELS } from '@app/domain';
import { evolve, incidentStreamName, initialState, recordClaim } from './emmett-peer.domain.js';

const connectionString = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// emmett's own pool would hold 10 connections; the peer gets the same number as claimtrail's API.
const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const eventStore = getPostgreSQLEventStore(connectionString, {
  schema: { autoMigration: 'None' },
  connectionOptions: { pool },
});
await eventStore.schema.migrate();

const handle = CommandHandler({ evolve, initialState, mapToStreamId: incidentStreamName });

const RecordClaimBody = z.strictObject({
  group: z.string().trim().min(1).max(200),
  // claimtrail's own list, so both validate the same channels (the peer's one import of claimtrail).
  channel: z.enum(CLAIM_CHANNELS),
  claimedAt: z.iso.datetime({ offset: true }),
  sourceId: z.uuid(),
  credibility: z.number().int().min(1).max(6).nullable().optional(),
});

const app = express();
app.use(express.json());

app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));

app.post('/incidents/:id/claims', async (req: Request<{ id: string }>, res: Response) => {
  const incidentId = z.uuid().safeParse(req.params.id);
  const body = RecordClaimBody.safeParse(req.body);
  if (!incidentId.success || !body.success)
    return void res.status(400).json({
      title: 'Bad Request',
      status: 400,
      issues: [...(incidentId.error?.issues ?? []), ...(body.error?.issues ?? [])],
    });
  const claimId = randomUUID();
  const { nextExpectedStreamVersion } = await handle(eventStore, incidentId.data, (state) =>
    recordClaim({ incidentId: incidentId.data, claimId, ...body.data }, state),
  );
  res.status(201).set('ETag', `W/"${nextExpectedStreamVersion}"`).json({ claimId });
});

// What emmett-expressjs's problem-details middleware does: an EmmettError's errorCode is the status
// (400 validation, 404 not found, 409 here, 412 version conflict); a body Express could not parse is 400.
app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  const status = err instanceof EmmettError ? err.errorCode : (err.status ?? 500);
  res.status(status).json({ title: err.message, status });
});

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void eventStore
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
