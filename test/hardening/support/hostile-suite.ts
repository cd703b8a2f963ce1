// What the hostile spec files share: the harness and recorder, the seed, sending, and the closing
// checks every file ends with (the log accounts for exactly the accepted requests; /health is 200).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { startHarness, type Harness } from './hostile-api.js';
import { eventFaults, Recorder, waitForImports } from './hostile-checks.js';
import { seedPeople } from './hostile-people.js';
import { header, sendRaw, type RawExchange, type RawRequest } from './hostile-http.js';
import { toRaw, type Env, type RequestSpec } from './hostile-requests.js';

/** The fast-check seed: fixed so runs repeat, HOSTILE_SEED to replay or vary one. */
export const SEED = Number(process.env.HOSTILE_SEED ?? 80_003);

export interface HostileSuite {
  readonly h: Harness;
  readonly env: Env;
  readonly rec: Recorder;
  /** Sends a described request and records the answer. */
  send(
    spec: RequestSpec,
    rewrite?: (req: RawRequest) => RawRequest,
    opts?: { mayGoUnanswered?: boolean; label?: string },
  ): Promise<RawExchange>;
  /** Asserts the recorder saw no violation (printing the first in full) and prints the figures. */
  expectClean(name: string): void;
}

export function hostileSuite(label: string, runs: number): HostileSuite {
  let h: Harness | undefined;
  let env: Env | undefined;
  const rec = new Recorder();
  beforeAll(async () => {
    h = await startHarness(label);
    await seedPeople(h);
    env = { seeds: h.seeds, keys: h.t.keys, counter: 0 };
    console.log(`${label}: fast-check seed ${SEED} (HOSTILE_SEED replays), ${runs} generated requests`);
  }, 11 * 60_000);
  afterAll(async () => h?.close());
  return {
    get h() {
      return h!;
    },
    get env() {
      return env!;
    },
    rec,
    async send(spec, rewrite, opts = {}) {
      const built = toRaw(spec, env!);
      const req = rewrite ? rewrite(built.req) : built.req;
      // A rewrite may replace the correlation header; only an untouched one must come back as sent.
      const sent = req.headers.filter(([k]) => k.toLowerCase() === 'x-correlation-id');
      const sentCorrelationId =
        sent.length === 1 && sent[0][1] === built.sentCorrelationId ? built.sentCorrelationId : undefined;
      const exchange = await sendRaw(h!.port, req);
      rec.record({
        label: opts.label ?? spec.op.key,
        req,
        exchange,
        sentCorrelationId,
        mayGoUnanswered: opts.mayGoUnanswered,
      });
      return exchange;
    },
    expectClean(name) {
      console.log(`${label}: after ${name}, so far: ${rec.figures()}`);
      if (process.env.HOSTILE_DUMP) writeFileSync(`${process.env.HOSTILE_DUMP}.${label}`, rec.dump());
      expect(rec.failureReport()).toBe('');
    },
  };
}

/** The two checks every hostile file ends with. */
export function closingChecks(suite: HostileSuite, timeout: number): void {
  it(
    'no event carries the correlation id of a rejected request; the log grew by exactly the accepted requests’ events',
    async () => {
      // A hostile upload is rejected or imported with its bad rows reported; the import never fails as a whole.
      expect(await waitForImports(suite.h)).toEqual([]);
      const { faults, written } = await eventFaults(suite.h, suite.rec);
      console.log(
        `${suite.rec.accepted.size} accepted and ${suite.rec.rejected.size} rejected requests; ` +
          `${written} events written`,
      );
      expect(faults).toEqual([]);
      expect(suite.rec.rejected.size).toBeGreaterThan(0);
    },
    timeout,
  );

  it(
    'the read models apply every accepted event, hostile content included',
    async () => {
      const { h } = suite;
      const { rows } = await sql<{ p: string | null }>`select max(position) as p from events`.execute(h.t.tdb.owner.db);
      const head = Number(rows[0].p);
      // Followers read below the cluster-wide oldest xmin: another suite's open transaction delays them.
      const deadline = Date.now() + 10 * 60_000;
      let last = 0;
      while (Date.now() < deadline) {
        const { response } = await sendRaw(h.port, {
          method: 'GET',
          target: `/v1/groups?limit=1&minPosition=${head}`,
          headers: [['Authorization', `Bearer ${h.t.keys.admin}`]],
        });
        last = response?.status ?? 0;
        if (last === 200) break;
      }
      expect(last).toBe(200);
    },
    11 * 60_000,
  );

  it('the app still answers /health 200 afterwards', async () => {
    const { response } = await sendRaw(suite.h.port, { method: 'GET', target: '/health', headers: [] });
    expect(response?.status).toBe(200);
    expect(header(response!, 'content-type')).toMatch(/^application\/json/);
  });
}
