import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { KYSELY } from '../tokens.js';
import type { Database } from '@app/event-store';

/**
 * An `Idempotency-Key` as scoped to the API key that sent it, with a fingerprint of the request
 * (same key + same fingerprint → first answer; same key + other fingerprint → 422). The one
 * declaration: the HTTP request context and the domain's CommandContext both carry it.
 */
export interface IdempotencyScope {
  keyId: string;
  key: string;
  fingerprint: string;
  /** Set once the response is stored (by the command's own transaction), so nobody stores it again. */
  completed?: boolean;
  /**
   * The key is not claimed before the command runs: the command's own append (or transaction)
   * inserts it with the reply, so a first request costs no round trip of its own. A key already
   * taken fails that statement (unique violation) and nothing of the command commits.
   */
  atomic?: boolean;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export type BeginOutcome =
  { kind: 'started' } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' } | { kind: 'in_flight' };

/** An atomic scope's write failed because another request holds the key (the insert's unique violation). */
export function isKeyTaken(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string } | null;
  return e?.code === '23505' && e.constraint === 'idempotency_keys_pkey';
}

/** The columns an atomic scope's key is inserted with, completed with its reply. */
const COMPLETED_KEY_COLUMNS = sql.raw(
  '(key_id, idempotency_key, fingerprint, state, response_status, response_body, response_headers, completed_at)',
);

/** The key's record while its command runs: what completing and releasing it may touch. */
const inFlight = (scope: IdempotencyScope) =>
  sql`key_id = ${scope.keyId} and idempotency_key = ${scope.key} and state = 'in_flight'`;

/** Idempotency-Key records: claimed before a command runs, completed in the command's own transaction. */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  async begin(scope: IdempotencyScope, staleAfterMs: number): Promise<BeginOutcome> {
    // A row left in flight by a crashed process never committed its events (they share a transaction): take it over.
    const { rows } = await sql<{ fingerprint: string }>`
      insert into idempotency_keys as k (key_id, idempotency_key, fingerprint, state)
      values (${scope.keyId}, ${scope.key}, ${scope.fingerprint}, 'in_flight')
      on conflict (key_id, idempotency_key) do update
        set fingerprint = excluded.fingerprint, created_at = clock_timestamp()
        where k.state = 'in_flight' and k.created_at < clock_timestamp() - make_interval(secs => ${staleAfterMs / 1000})
      returning k.fingerprint`.execute(this.db);
    if (rows.length) return { kind: 'started' };
    return (await this.lookup(scope)) ?? this.begin(scope, staleAfterMs);
  }

  /** What the key already holds: its reply, another request's fingerprint, or a run in flight; null when unused. */
  async lookup(scope: IdempotencyScope): Promise<Exclude<BeginOutcome, { kind: 'started' }> | null> {
    const existing = await sql<{
      fingerprint: string;
      state: string;
      response_status: number;
      response_body: unknown;
      response_headers: Record<string, string>;
    }>`
      select fingerprint, state, response_status, response_body, response_headers from idempotency_keys
       where key_id = ${scope.keyId} and idempotency_key = ${scope.key}`.execute(this.db);
    const row = existing.rows[0];
    if (!row) return null;
    if (row.fingerprint !== scope.fingerprint) return { kind: 'mismatch' };
    if (row.state !== 'completed') return { kind: 'in_flight' };
    return {
      kind: 'replay',
      response: { status: row.response_status, body: row.response_body, headers: row.response_headers ?? {} },
    };
  }

  /**
   * Stores the response; pass the command's transaction so it commits with the events. An atomic
   * scope's key is inserted here, so a key already taken fails the transaction.
   */
  async complete(scope: IdempotencyScope, response: StoredResponse, trx?: Kysely<Database>): Promise<void> {
    if (scope.atomic) {
      await sql`
        insert into idempotency_keys ${COMPLETED_KEY_COLUMNS}
        values (${scope.keyId}, ${scope.key}, ${scope.fingerprint}, 'completed', ${response.status},
                ${JSON.stringify(response.body)}::json, ${JSON.stringify(response.headers)}::jsonb,
                clock_timestamp())`.execute(trx ?? this.db);
      return;
    }
    await sql`
      update idempotency_keys
         set state = 'completed', response_status = ${response.status},
             response_body = ${JSON.stringify(response.body)}::json,
             response_headers = ${JSON.stringify(response.headers)}::jsonb, completed_at = clock_timestamp()
       where ${inFlight(scope)}`.execute(trx ?? this.db);
  }

  /**
   * `complete` for an append's own statement (EventStore.append's `alongside`): the stored reply is
   * `status` with body `{ ...fixed, version, position }` and ETag `"version"`, both read from the
   * append's result (`appended`), so reply and events commit together in one round trip.
   */
  completeAlongsideAppend(scope: IdempotencyScope, status: number, fixed: Record<string, string>): RawBuilder<unknown> {
    const pairs = Object.entries(fixed).map(([k, v]) => sql`${k}::text, ${v}::text`);
    const body = sql`json_build_object(${sql.join(pairs)}, 'version', a.next_version, 'position', a.last_position)`;
    const headers = sql`jsonb_build_object('ETag', '"' || a.next_version || '"')`;
    // An atomic scope's key is taken by this very statement: one round trip for key, events and reply.
    if (scope.atomic)
      return sql`
        insert into idempotency_keys ${COMPLETED_KEY_COLUMNS}
        select ${scope.keyId}, ${scope.key}, ${scope.fingerprint}, 'completed', ${status}, ${body}, ${headers},
               clock_timestamp()
          from appended a`;
    return sql`
      update idempotency_keys
         set state = 'completed', response_status = ${status},
             response_body = ${body}, response_headers = ${headers}, completed_at = clock_timestamp()
        from appended a
       where ${inFlight(scope)}`;
  }

  /** The command failed: forget the key so the client may try again. */
  async release(scope: IdempotencyScope): Promise<void> {
    await sql`
      delete from idempotency_keys where ${inFlight(scope)}`.execute(this.db);
  }

  async purgeOlderThan(hours: number): Promise<number> {
    const r =
      await sql`delete from idempotency_keys where created_at < now() - make_interval(hours => ${hours})`.execute(
        this.db,
      );
    return Number(r.numAffectedRows ?? 0);
  }
}
