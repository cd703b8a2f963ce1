import type { Kysely } from 'kysely';
import pg from 'pg';
import { Counter } from 'prom-client';
import { projectionFollower } from '@app/config';
import { CHECKPOINTS_CHANNEL, positionsReached, type Database } from '@app/event-store';
import { PROJECTIONS } from '../model/registry.js';

/** The waiter's own database work: one check per wake, whatever the number waiting. */
const checks = new Counter({
  name: 'claimtrail_min_position_checks_total',
  help: 'Queries the minPosition waiter ran (one per wake for every waiting request)',
});

/** Arrivals within this gap of the last check share the next one. */
const ARRIVAL_GAP_MS = 50;

interface Waiting {
  position: number;
  resolve: (ok: boolean) => void;
  timer: NodeJS.Timeout;
}

export interface PositionWaiterOptions {
  /** LISTEN session settings (the read database's); without it, polling only. */
  listen?: pg.ClientConfig;
  /**
   * Poll while anyone waits: the truth when a notification is lost or the database is a replica
   * (NOTIFY does not replicate).
   */
  pollMs?: number;
  log?: (msg: string) => void;
}

/**
 * One waiter per process for every `minPosition` read: each wake (a read model's commit
 * notification, a new waiter, the poll) runs one query for all the positions waited on, and
 * answers every request it settles. 150 waiting requests cost what one does.
 */
export class PositionWaiter {
  private readonly waiting = new Set<Waiting>();
  private readonly names = PROJECTIONS.map((p) => projectionFollower(p.name));
  private checking = false;
  private again = false;
  private poll?: NodeJS.Timeout;
  private listener?: pg.Client;
  private connecting?: Promise<void>;
  private closed = false;
  private lastCheckAt = 0;
  private arrivalTimer?: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly opts: PositionWaiterOptions = {},
  ) {}

  /** True once every read model has applied `position`; false after `timeoutMs`. */
  wait(position: number, timeoutMs: number): Promise<boolean> {
    if (position <= 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const w: Waiting = {
        position,
        resolve,
        timer: setTimeout(() => this.settle(w, false), timeoutMs),
      };
      this.waiting.add(w);
      this.ensureListening();
      if (!this.poll) this.poll = setInterval(() => this.wake(), this.opts.pollMs ?? 250);
      this.arrived();
    });
  }

  /**
   * A new waiter is checked at once when no check ran in the last ARRIVAL_GAP_MS (a position already
   * applied answers without delay); otherwise it joins the check due at the end of that gap, so a
   * stream of arrivals costs at most one query per gap, not one each.
   */
  private arrived(): void {
    if (this.arrivalTimer) return;
    const due = this.lastCheckAt + ARRIVAL_GAP_MS - Date.now();
    if (due <= 0) return queueMicrotask(() => this.wake());
    this.arrivalTimer = setTimeout(() => {
      this.arrivalTimer = undefined;
      this.wake();
    }, due);
  }

  /** Runs one check now, or once more after the one in flight. */
  wake(): void {
    if (!this.waiting.size) return;
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = true;
    void this.check().finally(() => {
      this.checking = false;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.arrivalTimer) clearTimeout(this.arrivalTimer);
    for (const w of [...this.waiting]) this.settle(w, false);
    const l = this.listener;
    this.listener = undefined;
    await l?.end().catch(() => undefined);
  }

  private async check(): Promise<void> {
    const positions = [...new Set([...this.waiting].map((w) => w.position))];
    let reached: Set<number>;
    this.lastCheckAt = Date.now();
    try {
      checks.inc();
      reached = await positionsReached(this.db, this.names, positions);
    } catch (err) {
      // The next wake (or the poll) tries again; the waiters' own timeouts bound the wait.
      this.opts.log?.(`minPosition check failed: ${(err as Error).message}`);
      return;
    }
    for (const w of [...this.waiting]) if (reached.has(w.position)) this.settle(w, true);
  }

  private settle(w: Waiting, ok: boolean): void {
    if (!this.waiting.delete(w)) return;
    clearTimeout(w.timer);
    w.resolve(ok);
    if (!this.waiting.size && this.poll) {
      clearInterval(this.poll);
      this.poll = undefined;
    }
  }

  private ensureListening(): void {
    if (this.closed || this.listener || this.connecting || !this.opts.listen) return;
    this.connecting = this.connect().finally(() => (this.connecting = undefined));
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.opts.listen);
    client.on('notification', () => this.wake());
    client.on('error', () => {
      // A lost session: the poll carries on; the next waiter connects again.
      if (this.listener === client) this.listener = undefined;
    });
    try {
      await client.connect();
      await client.query(`listen ${CHECKPOINTS_CHANNEL}`);
      if (this.closed) await client.end();
      else this.listener = client;
    } catch (err) {
      this.opts.log?.(`minPosition LISTEN failed (polling only): ${(err as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }
}
