import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { Counter } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  ConcurrencyError,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type StreamAggregate,
  type Database,
} from '@app/event-store';
import { canonicalJson, EVENT_STORE, IdempotencyRepository, KYSELY } from '@app/runtime';
import type { CommandContext } from './command-context.js';
import { ConflictError } from '../shared/domain-errors.js';
import { assertEventData } from '../shared/event-data.schemas.js';
import { deterministicId } from './deterministic-id.js';

/** What every write answers (docs/API.md): the created thing's id, its incident, the stream version and position. */
export interface WriteResult {
  id: string;
  incidentId?: string;
  version: number;
  position: number;
}

const creationEventId = (spec: { streamId: string; resultId: string }) =>
  deterministicId(`${spec.streamId}/created/${spec.resultId}`);

/** The client's If-Match named a version the stream has moved past: 412, nothing recorded. */
export class StaleVersionError extends Error {
  override readonly name = 'StaleVersionError';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the stream is at version ${actual}, not ${expected}`);
  }
}

export interface DomainEventLike {
  type: string;
  data: unknown;
}

export interface WriteSpec<S> {
  streamId: string;
  evolve: (state: S | null, event: RecordedEvent) => S;
  /** Pure decision against the state just read (null when the stream does not exist). */
  decide: (state: S | null, events: readonly RecordedEvent[]) => DomainEventLike[];
  ctx: CommandContext;
  /** The id reported as `id` in the answer. */
  resultId: string;
  incidentId?: string;
  /**
   * The command creates `resultId` (an incident, a claim, a retraction…): re-sending it with
   * the same content answers with the first result; other content under the same id is a 409.
   */
  creates?: boolean;
  /** Ids for the decided events, by index (a job's events derive theirs from the job, so a rerun is a no-op). */
  eventIds?: (index: number, event: DomainEventLike) => string;
  /** Work that must commit with the events (e.g. name reservations). */
  inTransaction?: (trx: Kysely<Database>, events: DomainEventLike[]) => Promise<void>;
}

/** What one attempt ended in: events appended, or nothing to append (a replay, an empty decision). */
type Attempt = { appended: boolean; answer: WriteResult };

const redecisions = new Counter({
  name: 'claimtrail_command_redecisions_total',
  help: 'Writes decided again because another write to the same stream landed first',
});

/** How long a stream counts as contended after a conflict or a queue in this process. */
const CONTENDED_MS = 5_000;

/** Streams whose folded state a process keeps (an incident's is a few KB); the least recently written go first. */
const FOLDED_MAX = 10_000;

/** A stream's state as this process last wrote it: trusted only by an append expecting `version`. */
interface Folded {
  evolve: unknown;
  state: unknown;
  version: number;
}

/**
 * Load → decide → append with the version read. Writers of one stream queue in this process,
 * and a contended stream's writers also serialise across processes: a transaction-scoped lock on
 * the stream is taken before it is read (EventStore.lockStream), so no decision is made on a state
 * another writer is about to change. An uncontended write keeps the lock-free path; another process
 * landing first makes it decide again under the lock (never a false 409); with If-Match a moved
 * stream is a 412 instead.
 */
@Injectable()
export class StreamWriter {
  /** The last queued write of each stream in this process (a keyed mutex). */
  private readonly tails = new Map<string, Promise<void>>();
  /** Streams that saw contention recently (until when, epoch ms): their writes take the lock at once. */
  private readonly contended = new Map<string, number>();
  /**
   * The folded state of streams this process wrote, reused by the next lock-free write of the
   * stream instead of reading it again: the append's expected version validates it (another
   * writer's event makes it a conflict, which reloads and decides again). Only a successful append
   * trusts it; a decision that fails or records nothing on it is made again on a fresh read.
   */
  private readonly folded = new Map<string, Folded>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly idempotency: IdempotencyRepository,
  ) {}

  load<S>(streamId: string, evolve: (s: S | null, e: RecordedEvent) => S): Promise<StreamAggregate<S>> {
    return this.store.aggregateStream(streamId, { evolve });
  }

  write<S>(spec: WriteSpec<S>): Promise<WriteResult> {
    return this.queued(spec.streamId, () => this.decideAndAppend(spec));
  }

  private async decideAndAppend<S>(spec: WriteSpec<S>): Promise<WriteResult> {
    const { ctx } = spec;
    for (let attempt = 0; ; attempt++) {
      try {
        const locked = attempt > 0 || this.isContended(spec.streamId);
        const outcome = locked
          ? await this.db.transaction().execute(async (trx) => {
              await this.store.lockStream(spec.streamId, trx);
              return this.attempt(spec, trx);
            })
          : await this.attempt(spec, null);
        if (!outcome.appended) return this.finish(spec, outcome.answer);
        if (locked || spec.inTransaction || ctx.idempotency) this.store.notifyAppended();
        if (ctx.idempotency) ctx.idempotency.completed = true;
        return outcome.answer;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
        if (ctx.ifMatch !== undefined) throw new StaleVersionError(ctx.ifMatch, err.actual ?? ctx.ifMatch);
        this.markContended(spec.streamId);
        if (attempt >= this.config.COMMAND_RETRIES) throw err;
        // No back-off: the next attempt waits for the stream's lock, behind the writer that won.
        redecisions.inc();
      }
    }
  }

  /** One read → decide → append, inside `trx` (which holds the stream's lock) when given. */
  private async attempt<S>(spec: WriteSpec<S>, trx: Kysely<Database> | null): Promise<Attempt> {
    const { ctx } = spec;
    const cached = trx || spec.inTransaction ? undefined : this.foldedFor(spec);
    const {
      state,
      version,
      events: stored,
    } = cached ?? (await this.store.aggregateStream(spec.streamId, { evolve: spec.evolve }, {}, trx ?? undefined));
    if (ctx.ifMatch !== undefined && ctx.ifMatch !== version) throw new StaleVersionError(ctx.ifMatch, version);
    let decided: DomainEventLike[];
    try {
      decided = spec.decide(state, stored);
    } catch (err) {
      if (cached) return this.afresh(spec);
      const replay = spec.creates && err instanceof ConflictError ? this.sameCreation(spec, stored) : null;
      if (replay) return { appended: false, answer: replay };
      throw err;
    }
    const named = { id: spec.resultId, ...(spec.incidentId ? { incidentId: spec.incidentId } : {}) };
    const result = (v: number, p: number): WriteResult => ({ ...named, version: v, position: p });
    if (decided.length === 0) {
      // Nothing to append answers the stream's own version and position: never a remembered one.
      if (cached) return this.afresh(spec);
      return { appended: false, answer: result(version, stored[stored.length - 1]?.position ?? 0) };
    }
    const newEvents = this.envelope(spec, decided, version);
    if (!trx && !spec.inTransaction) {
      // The reply, if any, is stored by the append's own statement: one round trip, not four.
      const alongside = ctx.idempotency && this.idempotency.completeAlongsideAppend(ctx.idempotency, 201, named);
      const r = await this.store
        .append(spec.streamId, newEvents, { expectedVersion: version, alongside })
        .catch((err: unknown) => {
          this.folded.delete(spec.streamId);
          throw err;
        });
      // A re-sent append (its event ids already stored) says nothing of the stream's state now.
      if (r.replayed) this.folded.delete(spec.streamId);
      else this.remember(spec, state, version, newEvents, r.lastPosition);
      return { appended: true, answer: result(r.nextVersion, r.lastPosition) };
    }
    const appendIn = async (t: Kysely<Database>) => {
      const r = await this.store.append(spec.streamId, newEvents, { expectedVersion: version, trx: t });
      await spec.inTransaction?.(t, decided);
      const answer = result(r.nextVersion, r.lastPosition);
      if (ctx.idempotency)
        await this.idempotency.complete(
          ctx.idempotency,
          { status: 201, body: answer, headers: { ETag: `"${answer.version}"` } },
          t,
        );
      return answer;
    };
    return { appended: true, answer: trx ? await appendIn(trx) : await this.db.transaction().execute(appendIn) };
  }

  /**
   * Runs `work` after every earlier write of the stream in this process has finished, so a process
   * never races itself (and holds at most one connection waiting on a stream's lock). A write that
   * had to queue marks the stream contended.
   */
  private async queued<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(streamId);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before ? before.then(() => mine) : mine;
    this.tails.set(streamId, tail);
    try {
      if (before) {
        this.markContended(streamId);
        await before;
      }
      return await work();
    } finally {
      release();
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    }
  }

  /**
   * The state remembered for the stream, when this write may decide on it: folded by the same
   * evolve, no If-Match to answer from the stream itself, and a decide that reads only the state
   * (one declaring the stored events as a second parameter always gets them read).
   */
  private foldedFor<S>(spec: WriteSpec<S>): StreamAggregate<S> | undefined {
    const folded = this.folded.get(spec.streamId);
    if (!folded || folded.evolve !== spec.evolve || spec.ctx.ifMatch !== undefined || spec.decide.length > 1)
      return undefined;
    // Most recently written last, so the oldest is evicted first.
    this.folded.delete(spec.streamId);
    this.folded.set(spec.streamId, folded);
    return { state: folded.state as S, version: folded.version, position: 0, events: [] };
  }

  /** A decision on a remembered state that failed or recorded nothing is made again on the stream itself. */
  private afresh<S>(spec: WriteSpec<S>): Promise<Attempt> {
    this.folded.delete(spec.streamId);
    return this.attempt(spec, null);
  }

  /** The state after an append: the events as written, folded onto the state they were decided on. */
  private remember<S>(spec: WriteSpec<S>, state: S | null, version: number, events: NewEvent[], lastPosition: number) {
    let next = state;
    const recordedAt = new Date();
    events.forEach((e, i) => {
      next = spec.evolve(next, {
        // Positions and time as near as known; no decision reads them (they are the log's, not the state's).
        position: lastPosition - (events.length - 1 - i),
        streamId: spec.streamId,
        streamType: spec.streamId.slice(0, spec.streamId.indexOf('-')),
        streamVersion: version + i + 1,
        eventId: e.eventId!,
        type: e.type,
        schemaVersion: e.schemaVersion ?? 1,
        data: e.data,
        metadata: e.metadata ?? {},
        recordedAt,
        transactionId: '0',
      });
    });
    if (this.folded.size >= FOLDED_MAX) this.folded.delete(this.folded.keys().next().value!);
    this.folded.set(spec.streamId, { evolve: spec.evolve, state: next, version: version + events.length });
  }

  private isContended(streamId: string): boolean {
    const until = this.contended.get(streamId);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.contended.delete(streamId);
    return false;
  }

  private markContended(streamId: string): void {
    this.folded.delete(streamId);
    // Bounded: a flood of distinct hot streams only costs the lock-free path for the ones forgotten.
    if (this.contended.size >= 10_000) this.contended.clear();
    this.contended.set(streamId, Date.now() + CONTENDED_MS);
  }

  private async finish<S>(spec: WriteSpec<S>, answer: WriteResult): Promise<WriteResult> {
    if (spec.ctx.idempotency) {
      await this.idempotency.complete(spec.ctx.idempotency, {
        status: 201,
        body: answer,
        headers: { ETag: `"${answer.version}"` },
      });
      spec.ctx.idempotency.completed = true;
    }
    return answer;
  }

  /**
   * A create re-sent with the very same content is answered with the first result: the event
   * that created `resultId` is found by its derived id and compared with what the command
   * decides against the state just before it.
   */
  private sameCreation<S>(spec: WriteSpec<S>, stored: RecordedEvent[]): WriteResult | null {
    const eventId = creationEventId(spec);
    const index = stored.findIndex((e) => e.eventId === eventId);
    if (index < 0) return null;
    const created = stored[index];
    let before: S | null = null;
    for (const e of stored.slice(0, index)) before = spec.evolve(before, e);
    let again: DomainEventLike | undefined;
    try {
      again = spec.decide(before, stored.slice(0, index))[0];
    } catch {
      return null;
    }
    if (!again || again.type !== created.type || canonicalJson(again.data) !== canonicalJson(created.data)) return null;
    return {
      id: spec.resultId,
      ...(spec.incidentId ? { incidentId: spec.incidentId } : {}),
      version: created.streamVersion,
      position: created.position,
    };
  }

  private envelope<S>(spec: WriteSpec<S>, decided: DomainEventLike[], version: number): NewEvent[] {
    const { ctx } = spec;
    const metadata = {
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      ...(ctx.idempotency ? { idempotencyKey: ctx.idempotency.key } : {}),
    };
    // Nothing a fold cannot read is ever stored: a refused event is a bug in its decide (a 500).
    assertEventData(decided);
    return decided.map((e, i) => ({
      // The creating event's id derives from what it creates, so a concurrent duplicate is stored once.
      eventId: spec.eventIds?.(i, e) ?? (spec.creates && i === 0 ? creationEventId(spec) : randomUUID()),
      type: e.type,
      data: e.data,
      metadata,
    }));
  }
}
