// The as-of check the read-model suites share: a picture read live during the writes is what the
// as-of reads answer later, by the position it was read at and by its event's recorded time.
import { expect } from '@jest/globals';
import type { RecordedEvent } from '@app/event-store';

/** A live read captured during the writes: the stream's id and the answer's body. */
export interface Capture {
  id: string;
  body: any;
}

/** The picture without the as-of echo fields. */
export const picture = (body: any) => {
  const { asOf: _a, asOfPosition: _p, ...rest } = body;
  return rest;
};

/**
 * Checks `c` against `GET <path>?asOfPosition=` and, unless the next event shares its event's
 * millisecond, `?asOf=<recordedAt>` (each echoing what was asked); `events` is the stream now.
 * Returns its event's recorded time, the next event's (undefined at the head) and whether it was read by time.
 */
export async function expectAsOfIsCapture(
  get: (path: string) => PromiseLike<{ status: number; body: any }>,
  path: string,
  events: RecordedEvent[],
  c: Capture,
): Promise<{ recorded: number; next: number | undefined; byTime: boolean }> {
  const at = events.findIndex((e) => e.position === c.body.position);
  expect(at).toBe(c.body.version - 1);
  const res = await get(`${path}?asOfPosition=${c.body.position}`);
  expect(res.status).toBe(200);
  expect(res.body.asOfPosition).toBe(c.body.position);
  expect(picture(res.body)).toEqual(c.body);
  const recorded = events[at].recordedAt.getTime();
  const next = events[at + 1]?.recordedAt.getTime();
  const byTime = next === undefined || next > recorded;
  if (byTime) {
    const r = await get(`${path}?asOf=${new Date(recorded).toISOString()}`);
    expect(r.status).toBe(200);
    expect(r.body.asOf).toBe(new Date(recorded).toISOString());
    expect(picture(r.body)).toEqual(c.body);
  }
  return { recorded, next, byTime };
}
