import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { LOG_START, type LogCheckpoint } from '../event-store.types.js';
import { eventDigest, readStoredText, type StoredEventText } from './canonical-event.js';
import type { Database } from '../schema/database.generated.js';

const GENESIS = Buffer.alloc(32);
const DIGEST_BYTES = 8;

function sealHash(prev: Buffer, digests: Buffer[]): Buffer {
  const h = createHash('sha256').update(prev);
  for (const d of digests) h.update(d);
  return h.digest();
}

const cpOf = (e: StoredEventText): LogCheckpoint => ({ transactionId: e.transaction_id, position: Number(e.position) });

/**
 * Seals the next run of the log (in gap-safe order) into `ledger_seals`, chained to the previous
 * seal. Call it inside the transaction that moves the sealer's checkpoint; appends never wait for it.
 */
export async function sealNext(
  trx: Kysely<Database>,
  after: LogCheckpoint,
  limit = 5000,
): Promise<(LogCheckpoint & { hash: string; sealId: number; events: number }) | null> {
  const events = await readStoredText(trx, after, limit);
  if (!events.length) return null;
  const { rows } = await sql<{
    seal_id: number;
    hash: Buffer;
  }>`select seal_id, hash from ledger_seals order by seal_id desc limit 1`.execute(trx);
  const prev = rows[0]?.hash ?? GENESIS;
  const digests = events.map(eventDigest);
  const last = cpOf(events[events.length - 1]);
  const sealId = (rows[0]?.seal_id ?? 0) + 1;
  const hash = sealHash(prev, digests);
  await sql`
    insert into ledger_seals (seal_id, from_transaction_id, from_position, to_transaction_id, to_position,
                              event_count, hash, prev_hash, digests)
    values (${sealId}, ${after.transactionId}::xid8, ${after.position}, ${last.transactionId}::xid8, ${last.position},
            ${events.length}, ${hash}, ${prev},
            ${Buffer.concat(digests.map((d) => d.subarray(0, DIGEST_BYTES)))})`.execute(trx);
  return { ...last, hash: hash.toString('hex'), sealId, events: events.length };
}

/** The ledger's head: the last seal's end position and chain hash (hex), to be kept elsewhere. */
export interface LedgerHead {
  position: number;
  hash: string;
}

/** `hash@position` (what `--expect-head` and `?expectHead=` take); null when it is not one. */
export function parseLedgerHead(text: string): LedgerHead | null {
  const m = /^([0-9a-f]{64})@(\d{1,15})$/i.exec(text);
  return m ? { hash: m[1].toLowerCase(), position: Number(m[2]) } : null;
}

export const formatLedgerHead = (h: LedgerHead): string => `${h.hash}@${h.position}`;

export interface VerifyReport {
  ok: boolean;
  /** Position of the last event covered by a verified seal (0 when nothing is sealed yet). */
  checkedThrough: number;
  seals: number;
  events: number;
  firstMismatch: null | { sealId: number; position: number | null; reason: string };
  /** The last verified seal's end and hash (null when nothing is sealed or the first seal fails). */
  head: LedgerHead | null;
  /** The head the caller kept elsewhere, when given: whether the ledger still reaches it with that hash. */
  expectedHead: null | (LedgerHead & { reached: boolean });
}

/**
 * Recomputes every seal from the events as stored and reports the first mismatch. With an
 * expected head (kept outside this database), a ledger that ends below it, or that reaches its
 * position with another hash, fails too: deleting the last events and their seals leaves a chain
 * that verifies on its own, so only a head remembered elsewhere shows the truncation.
 */
export async function verifyLedger(
  db: Kysely<Database>,
  opts: { expectHead?: LedgerHead } = {},
): Promise<VerifyReport> {
  const expect = opts.expectHead;
  let reached = false;
  let head: LedgerHead | null = null;
  const expected = () => (expect ? { ...expect, reached } : null);
  let prev: Buffer = GENESIS;
  let checkedThrough = 0;
  let seals = 0;
  let events = 0;
  for (let after = 0; ;) {
    const { rows } = await sql<{
      seal_id: number;
      from_transaction_id: string;
      from_position: number;
      to_transaction_id: string;
      to_position: number;
      event_count: number;
      hash: Buffer;
      prev_hash: Buffer;
      digests: Buffer;
    }>`select seal_id, from_transaction_id::text, from_position, to_transaction_id::text, to_position,
              event_count, hash, prev_hash, digests
         from ledger_seals where seal_id > ${after} order by seal_id limit 100`.execute(db);
    if (!rows.length) break;
    for (const seal of rows) {
      const fail = (position: number | null, reason: string): VerifyReport => ({
        ok: false,
        checkedThrough,
        seals,
        events,
        firstMismatch: { sealId: seal.seal_id, position, reason },
        head,
        expectedHead: expected(),
      });
      if (!seal.prev_hash.equals(prev)) return fail(null, 'seal chain broken: previous hash differs');
      const from = { transactionId: seal.from_transaction_id, position: seal.from_position };
      const to = { transactionId: seal.to_transaction_id, position: seal.to_position };
      const stored = await readStoredText(db, from, seal.event_count + 1, to);
      const digests = stored.map(eventDigest);
      const n = Math.max(stored.length, seal.event_count);
      for (let i = 0; i < n; i++) {
        const recorded = seal.digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES);
        if (i >= stored.length)
          return fail(null, `event ${i + 1} of ${seal.event_count} in this seal is missing from the log`);
        if (i >= seal.event_count)
          return fail(Number(stored[i].position), 'an event not covered by the seal appeared in its range');
        if (!digests[i].subarray(0, DIGEST_BYTES).equals(recorded))
          return fail(Number(stored[i].position), 'stored event differs from the sealed one');
      }
      if (!sealHash(seal.prev_hash, digests).equals(seal.hash)) return fail(null, 'seal hash differs');
      if (expect && seal.to_position === expect.position) {
        if (seal.hash.toString('hex') !== expect.hash)
          return fail(
            expect.position,
            'the seal ending at the expected head has another hash: the ledger was rewritten',
          );
        reached = true;
      }
      head = { position: seal.to_position, hash: seal.hash.toString('hex') };
      prev = seal.hash;
      checkedThrough = seal.to_position;
      seals++;
      events += seal.event_count;
    }
    after = rows[rows.length - 1].seal_id;
  }
  if (expect && !reached) {
    return {
      ok: false,
      checkedThrough,
      seals,
      events,
      firstMismatch: {
        sealId: seals + 1,
        position: null,
        // Seals end in the log's (transaction, position) order, so "below" is by seal, not by number.
        reason:
          `truncated: no seal ends at the expected head (position ${expect.position}); ` +
          `the ledger ends at position ${checkedThrough} after ${seals} seals`,
      },
      head,
      expectedHead: expected(),
    };
  }
  return { ok: true, checkedThrough, seals, events, firstMismatch: null, head, expectedHead: expected() };
}

export { GENESIS as LEDGER_GENESIS, LOG_START as LEDGER_START };
