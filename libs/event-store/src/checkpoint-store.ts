import { sql, type Kysely } from 'kysely';
import { LOG_START, type LogCheckpoint } from './event-store.types.js';
import type { Database } from './schema/database.generated.js';

/** Two-int advisory key space of checkpoint locks (apart from the streams' and the bigint keys). */
const CHECKPOINT_LOCK_SPACE = 1668047210;

/** Named positions of log followers, written in the same transaction as their effects. */
export class CheckpointStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * `forUpdate`: hold the checkpoint until this transaction ends (every writer of a checkpoint loads
   * it so first). An advisory lock, not a row lock: a row lock gives the transaction an id at once,
   * and every event appended while a follower's batch runs would then wait for that batch to commit
   * before any gap-safe reader may see it (readers stop below the oldest running transaction).
   */
  async load(name: string, trx?: Kysely<Database>, forUpdate = false): Promise<LogCheckpoint> {
    const db = trx ?? this.db;
    if (forUpdate)
      await sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK_SPACE}::int, hashtext(${name}))`.execute(db);
    const { rows } = await sql<{ transaction_id: string; position: number }>`
      select transaction_id::text as transaction_id, position from checkpoints where name = ${name}`.execute(db);
    return rows[0] ? { transactionId: rows[0].transaction_id, position: rows[0].position } : { ...LOG_START };
  }

  async save(name: string, cp: LogCheckpoint, trx?: Kysely<Database>): Promise<void> {
    await sql`
      insert into checkpoints (name, transaction_id, position, updated_at)
      values (${name}, ${cp.transactionId}::xid8, ${cp.position}, clock_timestamp())
      on conflict (name) do update
        set transaction_id = excluded.transaction_id, position = excluded.position,
            updated_at = excluded.updated_at`.execute(trx ?? this.db);
  }

  async all(trx?: Kysely<Database>): Promise<Array<{ name: string } & LogCheckpoint & { updatedAt: Date }>> {
    const { rows } = await sql<{ name: string; transaction_id: string; position: number; updated_at: Date }>`
      select name, transaction_id::text as transaction_id, position, updated_at from checkpoints order by name`.execute(
      trx ?? this.db,
    );
    return rows.map((r) => ({
      name: r.name,
      transactionId: r.transaction_id,
      position: r.position,
      updatedAt: r.updated_at,
    }));
  }
}

/** Events not yet applied by each follower, counted in the log's (transaction, position) order (capped). */
export async function followerLags(
  db: Kysely<Database>,
  names?: string[],
  cap = 1_000_000,
): Promise<Array<{ name: string; position: number; lag: number }>> {
  const { rows } = await sql<{ name: string; position: number; lag: number }>`
    select c.name, c.position,
           (select count(*)::int from (select 1 from events e
              where (e.transaction_id, e.position) > (c.transaction_id, c.position) limit ${cap}) x) as lag
      from checkpoints c
     where ${names ?? null}::text[] is null or c.name = any(${names ?? null}::text[])
     order by c.name`.execute(db);
  return rows;
}
