import { createHash } from 'node:crypto';
import { gtdCell, type GtdRecord } from './gtd-record.js';

/**
 * SHA-256 of a row's content: its non-empty cells by column name (sorted), so neither the column
 * order nor an extra empty column changes it.
 */
export function contentHash(r: GtdRecord): Buffer {
  let text = '';
  for (const [name, i] of r.columns.sorted) {
    const value = r.values[i];
    if (value === undefined || value === '') continue;
    text += `${name}\u0000${value}\u0001`;
  }
  return createHash('sha256').update(text).digest();
}

/**
 * Counts rows by content hash in a compact open-addressing table keyed by the hash's first 64
 * bits (12 bytes a distinct row: about 24 MB for a million rows, never the rows themselves).
 * A 64-bit collision between two different rows of one file is about 1 in 10^7 for a million rows.
 */
export class OccurrenceCounter {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private counts: Uint32Array;
  private size = 0;

  constructor(capacity = 1 << 14) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
  }

  /** How many earlier rows had this hash (0 for the first), and counts this one. */
  next(hash: Buffer): number {
    if ((this.size + 1) * 2 > this.hi.length) this.grow();
    const hi = hash.readUInt32BE(0);
    const lo = hash.readUInt32BE(4) || 1; // (0, 0) marks an empty slot
    const i = this.find(hi, lo);
    if (this.counts[i] === 0) {
      this.hi[i] = hi;
      this.lo[i] = lo;
      this.size++;
    }
    return this.counts[i]++;
  }

  private find(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.counts[i] !== 0 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, counts } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.counts = new Uint32Array(hi.length * 2);
    for (let j = 0; j < hi.length; j++) {
      if (counts[j] === 0) continue;
      const i = this.find(hi[j], lo[j]);
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.counts[i] = counts[j];
    }
  }
}

/**
 * A row's idempotency key: its GTD eventid when the file has one, otherwise the hash of its content
 * and its occurrence number among identical rows of the file (identical rows stay distinct).
 */
export function rowKeyOf(record: GtdRecord, counter: OccurrenceCounter): string {
  const eventid = gtdCell(record, 'eventid')?.trim();
  if (eventid) return `gtd:${eventid}`;
  const hash = contentHash(record);
  return `sha256:${hash.toString('hex')}#${counter.next(hash)}`;
}
