import type { Kysely } from 'kysely';
import { assignFollowers } from './assignment.js';
import { LeaseLostError, leaseStore, newHolderId, type LeaseRow, type MemberRow } from './lease-store.js';
import type { Database } from '../schema/database.generated.js';

/** What a follower's batch transaction calls: `enter` first, `fence` last (see leaseStore). */
export interface BatchGuard {
  enter(trx: Kysely<Database>): Promise<void>;
  fence(trx: Kysely<Database>): Promise<Date>;
}

export interface Lease {
  name: string;
  holder: string;
  token: string;
  guard: BatchGuard;
}

/** A running follower: stopping it must end its loop (an in-flight batch may finish or fail). */
export interface LeasedFollower {
  stop(): Promise<void>;
}

export type LeaseEvent = 'acquired' | 'lost' | 'released' | 'refused';

export interface LeaseKeeperOptions {
  /** A small pool of its own: renewals must not queue behind the followers' batches. */
  db: Kysely<Database>;
  ttlMs?: number;
  heartbeatMs?: number;
  /** Share followers out among live members (the worker); off, a keeper takes whatever is free. */
  balance?: boolean;
  holder?: string;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
  onEvent?: (event: LeaseEvent, name: string) => void;
}

interface Registration {
  start: (lease: Lease) => LeasedFollower;
}

interface Held {
  lease: Lease;
  follower?: LeasedFollower;
  /** Local monotonic deadline: the send time of the last successful renewal plus the TTL. */
  deadline: number;
  watchdog?: NodeJS.Timeout;
  lost: boolean;
}

/**
 * Runs each registered follower in exactly one process. A holder renews its leases every
 * heartbeat; one that has not renewed by its deadline stops the follower at once (before the
 * database lets anyone else take over, since the deadline counts from before the renewal was
 * sent); a contender takes a lease whose expiry has passed; and every batch is fenced on its
 * token, so even a holder frozen past its deadline cannot commit after a takeover.
 */
export class LeaseKeeper {
  readonly holder: string;
  readonly ttlMs: number;
  readonly heartbeatMs: number;
  private readonly registered = new Map<string, Registration>();
  private readonly held = new Map<string, Held>();
  private readonly freeSince = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private ticking?: Promise<void>;
  private running = false;
  private ticks = 0;
  private lastAssignment = '';
  private stableTicks = 0;
  private frozen = false;

  constructor(private readonly opts: LeaseKeeperOptions) {
    this.holder = opts.holder ?? newHolderId();
    this.ttlMs = opts.ttlMs ?? 5000;
    this.heartbeatMs = opts.heartbeatMs ?? 1000;
    if (this.heartbeatMs * 2 > this.ttlMs)
      throw new Error(`lease heartbeat (${this.heartbeatMs} ms) must be at most half the TTL (${this.ttlMs} ms)`);
  }

  /** Names of the followers this process runs now. */
  get names(): string[] {
    return [...this.held.entries()].filter(([, h]) => !h.lost).map(([n]) => n);
  }

  register(name: string, start: (lease: Lease) => LeasedFollower): void {
    if (this.registered.has(name)) throw new Error(`follower ${name} registered twice`);
    this.registered.set(name, { start });
    if (this.running) this.schedule(0);
  }

  async unregister(name: string): Promise<void> {
    this.registered.delete(name);
    await this.handOver(name);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.ticking;
    await Promise.all([...this.held.keys()].map((n) => this.handOver(n)));
    await leaseStore.removeMember(this.opts.db, this.holder).catch(() => undefined);
  }

  /**
   * Test seam: behave like a process frozen between two heartbeats (no renewals, no watchdog)
   * while its followers keep going, which only the fence can stop.
   */
  freezeHeartbeats(): void {
    this.frozen = true;
    for (const h of this.held.values()) clearTimeout(h.watchdog);
  }

  /** A follower's batch was refused by the fence: the lease is gone, stop it. */
  reportLost(name: string): void {
    const h = this.held.get(name);
    if (h && !h.lost) this.lose(name, h, 'batch refused by the fence');
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.ticking = this.tick().finally(() => this.schedule(this.heartbeatMs));
    }, ms);
  }

  private async tick(): Promise<void> {
    if (this.frozen) return;
    this.ticks++;
    try {
      await this.renew();
      let members: MemberRow[] = [];
      if (this.opts.balance)
        members = await leaseStore.heartbeatMember(this.opts.db, this.holder, [...this.registered.keys()], this.ttlMs);
      // Balanced keepers wait one heartbeat after joining, so workers starting together see each other.
      if (this.opts.balance && this.ticks < 2) return;
      await this.acquireAndBalance(members);
    } catch (err) {
      this.opts.log?.(`leases: ${(err as Error).message}`);
    }
  }

  private async renew(): Promise<void> {
    const mine = [...this.held.values()].filter((h) => !h.lost);
    if (!mine.length) return;
    const sentAt = performance.now();
    const renewed = await leaseStore.renew(
      this.opts.db,
      mine.map((h) => ({ name: h.lease.name, token: h.lease.token })),
      this.ttlMs,
    );
    for (const h of mine) {
      if (h.lost) continue;
      if (renewed.has(h.lease.name)) this.arm(h, sentAt + this.ttlMs);
      else this.lose(h.lease.name, h, 'not renewed: expired or taken over');
    }
  }

  private arm(h: Held, deadline: number): void {
    h.deadline = deadline;
    clearTimeout(h.watchdog);
    if (this.frozen) return;
    h.watchdog = setTimeout(
      () => {
        if (!h.lost) this.lose(h.lease.name, h, 'not renewed before its expiry');
      },
      Math.max(0, deadline - performance.now()),
    );
    h.watchdog.unref?.();
  }

  private lose(name: string, h: Held, reason: string): void {
    h.lost = true;
    clearTimeout(h.watchdog);
    this.opts.log?.(`lease lost: ${name} (${reason}); follower stopped`, {
      lease: name,
      holder: this.holder,
      token: h.lease.token,
    });
    this.opts.onEvent?.('lost', name);
    // Not awaited: a batch stuck in the database must not hold the keeper; the fence covers it.
    const follower = h.follower;
    void (follower?.stop() ?? Promise.resolve())
      .catch(() => undefined)
      .finally(() => {
        if (this.held.get(name) === h) this.held.delete(name);
      });
  }

  private async acquireAndBalance(members: MemberRow[]): Promise<void> {
    const names = [...this.registered.keys()];
    if (!names.length) return;
    const rows = new Map((await leaseStore.list(this.opts.db, names)).map((r) => [r.name, r]));
    const now = performance.now();
    const isFree = (r: LeaseRow | undefined) => !r || r.expired;
    for (const n of names) {
      if (isFree(rows.get(n)) && !this.held.has(n)) {
        if (!this.freeSince.has(n)) this.freeSince.set(n, now);
      } else this.freeSince.delete(n);
    }

    let assigned: Map<string, string> | undefined;
    if (this.opts.balance) {
      const live = new Set(members.map((m) => m.holder));
      assigned = assignFollowers(members, (n) => {
        const r = rows.get(n);
        return r && !r.expired && live.has(r.holder) ? r.holder : undefined;
      });
      const key = JSON.stringify([...assigned]);
      this.stableTicks = key === this.lastAssignment ? this.stableTicks + 1 : 0;
      this.lastAssignment = key;
    }

    // A free lease is ours to take when it is assigned to us, or when its assignee has left it
    // free for a whole TTL (liveness whatever the views of the members).
    const wanted = names.filter((n) => {
      if (this.held.has(n) || !this.freeSince.has(n)) return false;
      if (!assigned) return true;
      return assigned.get(n) === this.holder || now - this.freeSince.get(n)! >= this.ttlMs;
    });
    if (wanted.length && this.running) {
      const sentAt = performance.now();
      const won = await leaseStore.acquire(this.opts.db, wanted, this.holder, this.ttlMs);
      for (const [name, token] of won) this.begin(name, token, sentAt);
    }

    // Hand over what another live member should run, once the assignment has held for two ticks.
    if (assigned && this.stableTicks >= 2) {
      for (const n of [...this.held.keys()]) {
        const to = assigned.get(n);
        if (to && to !== this.holder && !this.held.get(n)!.lost) {
          this.opts.log?.(`lease handed over: ${n} to ${to}`, { lease: n, holder: this.holder });
          // Not awaited: the follower's current batch may take a while, and renewals must go on meanwhile.
          void this.handOver(n);
          break; // one per tick: moves stay gradual
        }
      }
    }
  }

  private begin(name: string, token: string, sentAt: number): void {
    const reg = this.registered.get(name);
    const lease: Lease = {
      name,
      holder: this.holder,
      token,
      guard: {
        enter: async (trx) => {
          if (this.held.get(name)?.lease.token !== token || this.held.get(name)?.lost)
            throw new LeaseLostError(name, 'lost locally');
          // Floored: a very short TTL must not end ordinary batches that pause for JS work between statements.
          await leaseStore.enter(trx, name, token, Math.max(this.ttlMs, 1000));
        },
        fence: (trx) => leaseStore.fence(trx, name, token),
      },
    };
    const h: Held = { lease, deadline: 0, lost: false };
    this.held.set(name, h);
    this.freeSince.delete(name);
    this.arm(h, sentAt + this.ttlMs);
    this.opts.log?.(`lease acquired: ${name}`, { lease: name, holder: this.holder, token });
    this.opts.onEvent?.('acquired', name);
    if (!reg) {
      void this.handOver(name);
      return;
    }
    try {
      h.follower = reg.start(lease);
    } catch (err) {
      this.opts.log?.(`follower ${name} did not start: ${(err as Error).message}`);
      void this.handOver(name);
    }
  }

  /** Stops the follower (its current batch finishes) and then gives the lease up. */
  private async handOver(name: string): Promise<void> {
    const h = this.held.get(name);
    if (!h) return;
    clearTimeout(h.watchdog);
    const wasLost = h.lost;
    h.lost = true;
    await h.follower?.stop().catch(() => undefined);
    if (this.held.get(name) === h) this.held.delete(name);
    if (wasLost) return;
    await leaseStore.release(this.opts.db, name, h.lease.token).catch(() => undefined);
    this.opts.onEvent?.('released', name);
  }
}
