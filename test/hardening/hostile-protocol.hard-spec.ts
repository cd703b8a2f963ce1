// R3 (issue 8), the HTTP layer: valid requests to every operation, each rewritten by one protocol
// fault — duplicate and conflicting headers, a Content-Length that lies, chunked framing, bytes the
// parser refuses, oversized heads, odd methods, targets and versions, 10,000-level and 1 MiB bodies,
// invalid UTF-8, gzip bombs, hostile uploads. Every case runs once, then fast-check mixes cases,
// operations and roles. Asserted as for the JSON suite (no 5xx, every 4xx problem+json, no event from
// a rejected request), and that the faults no request may get past (bad framing, invalid UTF-8,
// nesting beyond 32 levels, oversized heads and bodies) are refused with a 4xx, never accepted.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { size } from '../support/sizes.js';
import type { Operation } from './support/hostile-api.js';
import { PROTOCOL_CASES, protocolCase, type ProtocolCase } from './support/hostile-protocol.js';
import { validSpec, type Auth } from './support/hostile-requests.js';
import { closingChecks, hostileSuite, SEED } from './support/hostile-suite.js';

const RUNS = size(100, 2_000);
const TIMEOUT = size(240_000, 3_600_000);
const suite = hostileSuite('hard_hostile_protocol', RUNS);

function opsFor(c: ProtocolCase): Operation[] {
  const { ops } = suite.h;
  if (c.upload) return ops.filter((op) => op.body?.contentType === 'multipart/form-data');
  return c.body ? ops.filter((op) => op.body) : ops;
}

describe('R3 hostile HTTP: malformed framing, headers and bytes', () => {
  it(
    `each of the ${PROTOCOL_CASES.length} protocol faults once: no 5xx, every 4xx problem+json`,
    async () => {
      const refusedNot: string[] = [];
      for (const [i, c] of PROTOCOL_CASES.entries()) {
        // Body faults rewrite a request that has a body, upload faults the upload; the rest rotate.
        const ops = opsFor(c);
        const op = ops[i % ops.length];
        const { response } = await suite.send(validSpec(op), c.apply, {
          mayGoUnanswered: c.mayGoUnanswered,
          label: `${c.name} → ${op.key}`,
        });
        if (c.rejects && response && (response.status < 400 || response.status >= 500))
          refusedNot.push(`${c.name} → ${op.key}: ${response.status}`);
      }
      suite.expectClean('every case once');
      expect(refusedNot).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} generated (operation, fault, role) requests: no 5xx, every 4xx problem+json`,
    async () => {
      const letThrough: string[] = [];
      const arb = fc.record({
        pick: fc.nat(),
        fault: protocolCase,
        auth: fc.constantFrom<Auth>('reporter', 'analyst', 'admin'),
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ pick, fault, auth }) => {
          const ops = opsFor(fault);
          const op = ops[pick % ops.length];
          const { response } = await suite.send(validSpec(op, auth), fault.apply, {
            mayGoUnanswered: fault.mayGoUnanswered,
            label: `${fault.name} → ${op.key}`,
          });
          if (fault.rejects && response && (response.status < 400 || response.status >= 500))
            letThrough.push(`${fault.name} → ${op.key}: ${response.status}`);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      suite.expectClean('generated');
      expect(letThrough).toEqual([]);
    },
    TIMEOUT,
  );

  closingChecks(suite, TIMEOUT);
});
