import type { RecordedEvent } from '@app/event-store';

/** Splits a batch into `n` shares by stream, keeping each stream's events in log order. */
export function shareByStream(batch: RecordedEvent[], n: number): RecordedEvent[][] {
  if (n <= 1) return [batch];
  const shares: RecordedEvent[][] = Array.from({ length: n }, () => []);
  const of = new Map<string, number>();
  for (const e of batch) {
    let i = of.get(e.streamId);
    if (i === undefined) of.set(e.streamId, (i = of.size % n));
    shares[i].push(e);
  }
  return shares.filter((s) => s.length > 0);
}
