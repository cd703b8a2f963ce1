import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.generated.js';

/** This process as a lease holder: host:pid:random (random, so a recycled pid is another holder). */
export function newHolderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** The pid inside a holder id (for operators and tests that map a lease to a process). */
export function holderPid(holder: string): number {
  const parts = holder.split(':');
  return Number(parts[parts.length - 2]);
}

export class LeaseLostError extends Error {
  constructor(
    readonly lease: string,
    reason: string,
  ) {
    super(`lease ${lease} is no longer held (${reason}); batch refused`);
    this.name = 'LeaseLostError';
  }
}

export interface LeaseRow {
  name: string;
  holder: string;
  token: string;
  acquiredAt: Date;
  heartbeatAt: Date;
  expiresAt: Date;
  /** expires_at has passed by the database's clock. */
  expired: boolean;
}

export interface MemberRow {
  holder: string;
  names: string[];
}

const ms = (n: number) => sql`(${Math.round(n)} * interval '1 millisecond')`;

/** The SQL of follower leases; every time is the database's clock, so hosts' clocks never matter. */
export const leaseStore = {
  /** Takes each name that is free (never held, released, or expired); returns the tokens won. */
  async acquire(db: Kysely<Database>, names: string[], holder: string, ttlMs: number): Promise<Map<string, string>> {
    if (!names.length) return new Map();
    const tokens = names.map(() => randomUUID());
    const { rows } = await sql<{ name: string; token: string }>`
      insert into follower_leases as l (name, holder, token, acquired_at, heartbeat_at, expires_at)
      select n, ${holder}, t, clock_timestamp(), clock_timestamp(), clock_timestamp() + ${ms(ttlMs)}
        from unnest(${names}::text[], ${tokens}::text[]) as x(n, t)
      on conflict (name) do update
        set holder = excluded.holder, token = excluded.token, acquired_at = excluded.acquired_at,
            heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
        where l.expires_at <= clock_timestamp()
      returning l.name, l.token`.execute(db);
    return new Map(rows.map((r) => [r.name, r.token]));
  },

  /** Pushes the expiry of unexpired leases still carrying our tokens; returns the names renewed. */
  async renew(
    db: Kysely<Database>,
    leases: Array<{ name: string; token: string }>,
    ttlMs: number,
  ): Promise<Set<string>> {
    if (!leases.length) return new Set();
    const { rows } = await sql<{ name: string }>`
      update follower_leases l
         set heartbeat_at = clock_timestamp(), expires_at = clock_timestamp() + ${ms(ttlMs)}
        from unnest(${leases.map((l) => l.name)}::text[], ${leases.map((l) => l.token)}::text[]) as x(n, t)
       where l.name = x.n and l.token = x.t and l.expires_at > clock_timestamp()
      returning l.name`.execute(db);
    return new Set(rows.map((r) => r.name));
  },

  /** Gives a lease up at once (it stays as a row, expired, so the last holder remains visible). */
  async release(db: Kysely<Database>, name: string, token: string): Promise<void> {
    await sql`update follower_leases set expires_at = clock_timestamp()
               where name = ${name} and token = ${token} and expires_at > clock_timestamp()`.execute(db);
  },

  /**
   * The fence, last statement of a follower's batch transaction: the row lock (FOR SHARE) keeps
   * anyone from taking the lease over until this transaction ends, so the batch commits while
   * its lease is valid, or not at all.
   */
  async fence(trx: Kysely<Database>, name: string, token: string): Promise<Date> {
    const { rows } = await sql<{ at: Date }>`
      select clock_timestamp() as at from follower_leases
       where name = ${name} and token = ${token} and expires_at > clock_timestamp() for share`.execute(trx);
    if (!rows.length) throw new LeaseLostError(name, 'taken over or expired at commit');
    return rows[0].at;
  },

  /**
   * First statement of a batch: refuse early when the lease is gone, and let Postgres end the
   * session if this process freezes inside the transaction (its row locks must not outlive the lease).
   */
  async enter(trx: Kysely<Database>, name: string, token: string, idleLimitMs: number): Promise<void> {
    const { rows } = await sql<{ ok: boolean }>`
      select set_config('idle_in_transaction_session_timeout', ${String(Math.round(idleLimitMs))}, true) is not null
         and exists(select 1 from follower_leases
                     where name = ${name} and token = ${token} and expires_at > clock_timestamp()) as ok`.execute(trx);
    if (!rows[0].ok) throw new LeaseLostError(name, 'taken over or expired');
  },

  /** Registers (or refreshes) a member and returns the live members, ourselves included. */
  async heartbeatMember(db: Kysely<Database>, holder: string, names: string[], ttlMs: number): Promise<MemberRow[]> {
    await sql`
      insert into follower_members (holder, names, heartbeat_at, expires_at)
      values (${holder}, ${names}::text[], clock_timestamp(), clock_timestamp() + ${ms(ttlMs)})
      on conflict (holder) do update
        set names = excluded.names, heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at`.execute(db);
    // Members gone for a while are forgotten (a crashed worker never deletes its row).
    await sql`delete from follower_members where expires_at < clock_timestamp() - interval '10 minutes'`.execute(db);
    const { rows } = await sql<{ holder: string; names: string[] }>`
      select holder, names from follower_members where expires_at > clock_timestamp() order by holder`.execute(db);
    return rows;
  },

  async removeMember(db: Kysely<Database>, holder: string): Promise<void> {
    await sql`delete from follower_members where holder = ${holder}`.execute(db);
  },

  async list(db: Kysely<Database>, names?: string[]): Promise<LeaseRow[]> {
    const { rows } = await sql<any>`
      select name, holder, token, acquired_at, heartbeat_at, expires_at, expires_at <= clock_timestamp() as expired
        from follower_leases where ${names ?? null}::text[] is null or name = any(${names ?? null}::text[])
       order by name`.execute(db);
    return rows.map((r: any) => ({
      name: r.name,
      holder: r.holder,
      token: r.token,
      acquiredAt: r.acquired_at,
      heartbeatAt: r.heartbeat_at,
      expiresAt: r.expires_at,
      expired: r.expired,
    }));
  },
};
