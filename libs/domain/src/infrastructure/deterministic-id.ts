import { createHash } from 'node:crypto';

const NAMESPACE = Buffer.from('6f1c2b7e8d4a4f3e9b1a0c5d7e2f4a61', 'hex');

/** A name-based (RFC 9562 v5-style) UUID: the same name always gives the same id. */
export function deterministicId(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
