// Helpers shared by the write-side end-to-end suites: event look-ups on the owner connection,
// the write-answer and problem+json assertions, and a seeder that goes through the public API.
import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import type { Response } from 'supertest';
import type { RecordedEvent } from '@app/event-store';
import { bearer, type TestApp } from '../../support/test-app.js';
import { countEvents } from '../../support/test-database.js';

export type RoleName = 'reporter' | 'analyst' | 'admin';

/** An event as the owner connection reads it back: the store's columns, metadata loosely typed. */
export type LoggedEvent = Pick<
  RecordedEvent,
  'position' | 'streamId' | 'streamType' | 'streamVersion' | 'eventId' | 'type' | 'data'
> & { metadata: any };

const COLUMNS = sql.raw('position, stream_id, stream_type, stream_version, event_id, type, data, metadata');

function toEvent(r: any): LoggedEvent {
  return {
    position: Number(r.position),
    streamId: r.stream_id,
    streamType: r.stream_type,
    streamVersion: Number(r.stream_version),
    eventId: r.event_id,
    type: r.type,
    data: r.data,
    metadata: r.metadata,
  };
}

export async function eventAt(db: Kysely<any>, position: number): Promise<LoggedEvent | undefined> {
  const { rows } = await sql`select ${COLUMNS} from events where position = ${position}`.execute(db);
  return rows[0] ? toEvent(rows[0]) : undefined;
}

export async function streamEvents(db: Kysely<any>, streamId: string): Promise<LoggedEvent[]> {
  const { rows } =
    await sql`select ${COLUMNS} from events where stream_id = ${streamId} order by stream_version`.execute(db);
  return rows.map(toEvent);
}

export async function eventsOfType(db: Kysely<any>, type: string): Promise<LoggedEvent[]> {
  const { rows } = await sql`select ${COLUMNS} from events where type = ${type} order by position`.execute(db);
  return rows.map(toEvent);
}

/** The api_keys ids of the test app's reporter and analyst keys; the bootstrap key is `bootstrap-admin`. */
export async function keyIds(t: TestApp): Promise<Record<RoleName, string>> {
  const { rows } = await sql<{
    id: string;
    role: string;
  }>`select id, role from api_keys where name in ('reporter key', 'analyst key')`.execute(t.tdb.owner.db);
  const byRole = Object.fromEntries(rows.map((r) => [r.role, r.id]));
  return { reporter: byRole.reporter, analyst: byRole.analyst, admin: 'bootstrap-admin' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A 201 write answer: id, version, position, ETag "<version>", a correlation id; incidentId when expected. */
export function expectWriteAnswer(
  res: Response,
  expected: { id?: string; incidentId?: string; version?: number } = {},
): void {
  if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${JSON.stringify(res.body)}`);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.body.id).toMatch(UUID);
  if (expected.id) expect(res.body.id).toBe(expected.id);
  if (expected.incidentId) expect(res.body.incidentId).toBe(expected.incidentId);
  expect(Number.isInteger(res.body.version) && res.body.version >= 1).toBe(true);
  if (expected.version !== undefined) expect(res.body.version).toBe(expected.version);
  expect(Number.isInteger(res.body.position) && res.body.position >= 1).toBe(true);
  expect(res.headers.etag).toBe(`"${res.body.version}"`);
  expect(res.headers['x-correlation-id']).toEqual(expect.any(String));
}

/**
 * The event the write answered with: at its `position`, in `streamId` at its `version`, of `type`,
 * with `data`, the actor's key and role and the response's correlation id in its metadata.
 */
export async function expectRecorded(
  t: TestApp,
  res: Response,
  expected: { streamId: string; type: string; data: Record<string, unknown>; actor: { keyId: string; role: RoleName } },
): Promise<LoggedEvent> {
  const event = await eventAt(t.tdb.owner.db, res.body.position);
  expect(event).toBeDefined();
  expect(event!.streamId).toBe(expected.streamId);
  expect(event!.streamVersion).toBe(res.body.version);
  expect(event!.type).toBe(expected.type);
  expect(event!.data).toEqual(expected.data);
  expect(event!.metadata.actor).toMatchObject(expected.actor);
  expect(event!.metadata.correlationId).toBe(res.headers['x-correlation-id']);
  return event!;
}

/** RFC 9457 problem+json with the given status, and each of `paths` named in `errors[].path`. */
export function expectProblem(res: Response, status: number, ...paths: string[]): void {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text?.slice(0, 500)}`);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.text);
  expect(body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
    }),
  );
  if (paths.length) {
    expect(Array.isArray(body.errors)).toBe(true);
    const named = body.errors.map((e: { path: string }) => e.path);
    for (const p of paths) expect(named).toContain(p);
  }
}

/**
 * POSTs `body` to `path` twice with one Idempotency-Key: the first is a write answer, the second
 * replays it (201, the same body, Idempotent-Replayed: true), and the log grew by one event.
 */
export async function expectIdempotentReplay(
  t: TestApp,
  req: { path: string; key: string; body: object; role?: RoleName },
): Promise<{ first: Response; second: Response }> {
  const before = await countEvents(t.tdb.owner.db);
  const send = () =>
    t.http
      .post(req.path)
      .set(bearer(t.keys[req.role ?? 'reporter']))
      .set('Idempotency-Key', req.key)
      .send(req.body);
  const first = await send();
  expectWriteAnswer(first);
  const second = await send();
  expect(second.status).toBe(201);
  expect(second.body).toEqual(first.body);
  // The stored reply (written by the append's own statement) is the first answer to the byte, ETag included.
  expect(second.text).toBe(first.text);
  expect(second.headers.etag).toBe(first.headers.etag);
  expect(second.headers['idempotent-replayed']).toBe('true');
  expect(await countEvents(t.tdb.owner.db)).toBe(before + 1);
  return { first, second };
}

/** Runs `act` and asserts the log did not grow. */
export async function expectNothingRecorded<T>(t: TestApp, act: () => Promise<T>): Promise<T> {
  const before = await countEvents(t.tdb.owner.db);
  const out = await act();
  expect(await countEvents(t.tdb.owner.db)).toBe(before);
  return out;
}

/** Creates what the tests need through the public API, failing loudly when a setup call fails. */
export class Seeder {
  constructor(private readonly t: TestApp) {}

  async post(path: string, role: RoleName, body: unknown): Promise<Response> {
    return this.t.http
      .post(path)
      .set(bearer(this.t.keys[role]))
      .send(body as object);
  }

  private async ok(path: string, role: RoleName, body: unknown): Promise<any> {
    const res = await this.post(path, role, body);
    if (res.status !== 201) throw new Error(`setup POST ${path} failed: ${res.status} ${res.text}`);
    return res.body;
  }

  async source(overrides: Record<string, unknown> = {}): Promise<string> {
    return (
      await this.ok('/v1/sources', 'reporter', {
        name: `Source ${randomUUID().slice(0, 8)}`,
        kind: 'news',
        reliability: 'B',
        ...overrides,
      })
    ).id;
  }

  async group(name: string, aliases: string[] = [], kind = 'militant'): Promise<string> {
    return (await this.ok('/v1/groups', 'analyst', { name, aliases, kind })).id;
  }

  async incident(overrides: Record<string, unknown> = {}): Promise<string> {
    return (
      await this.ok('/v1/incidents', 'reporter', {
        occurredAt: '2023-07-12',
        location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar' },
        type: 'bombing',
        ...overrides,
      })
    ).id;
  }

  async claim(
    incidentId: string,
    group: string,
    sourceId: string,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    return (
      await this.ok(`/v1/incidents/${incidentId}/claims`, 'reporter', {
        group,
        channel: 'statement',
        claimedAt: '2023-07-12T18:00:00Z',
        sourceId,
        ...overrides,
      })
    ).id;
  }
}
