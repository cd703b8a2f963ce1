// R3 (issue 8), field by field: valid bodies of every write in the OpenAPI document with exactly
// one field mutated — a wrong type, a hostile value (bad date, huge or fractional number, injection
// string, prototype key), a required field dropped, or one unknown field added. A body rejected as
// invalid (400/422) must name that field in errors[].path; an unknown id in a body is never a 404
// (docs/API.md: 422 naming the field); a two-field rule may file the error under the partner field if its
// detail names the mutated one. Plus everything the other hostile files assert.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { size } from '../support/sizes.js';
import type { Operation } from './support/hostile-api.js';
import { mutatedField, validSpec, type BodyMutation } from './support/hostile-requests.js';
import { closingChecks, hostileSuite, SEED } from './support/hostile-suite.js';
import { fieldsOf, validBody } from './support/hostile-valid.js';
import { badDate, hostileNumber, hostileString, protoKey, wrongType } from './support/hostile-values.js';

const RUNS = size(120, 1_500);
const TIMEOUT = size(240_000, 3_600_000);
const suite = hostileSuite('hard_hostile_fields', RUNS);

/** Well-formed values the handlers must reject by rule or lookup (unknown ids and names, dates out of order). */
const plausible = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => [u]),
  fc.constantFrom<unknown>(
    'No Such Group',
    'ZZ',
    'Atlantis',
    '1999-01-01T00:00:00Z',
    '1999',
    '2099-12-31',
    101,
    -1,
    0,
    7,
    ['not-a-uuid'],
    [],
    null,
  ),
);

/** Values for one field; kept under the body limit, so a rejection can name the field. */
const fieldValue = fc.oneof(
  wrongType,
  hostileNumber,
  badDate,
  hostileString.filter((s) => s.length < 100_000),
  plausible,
);

/** One single-field mutation of the operation's valid body. */
function mutation(op: Operation): fc.Arbitrary<BodyMutation> {
  const fields = fieldsOf(op.body!.schema);
  const baseline = validBody(op, suite.h.seeds) ?? {};
  const present = (path: string[]) => path.slice(0, -1).reduce<any>((o, k) => o?.[k], baseline) !== undefined;
  // Dropping is only a mutation for a required field whose parent the valid body has.
  const droppable = fields.flatMap((f, i) => (f.required && present(f.path) ? [i] : []));
  const arbs: fc.Arbitrary<BodyMutation>[] = [
    fc
      .record({ pick: fc.nat({ max: fields.length - 1 }), value: fieldValue })
      .map(({ pick, value }): BodyMutation => ({ kind: 'replace', pick, value })),
    fc
      .oneof(protoKey, fc.constantFrom('unexpected', 'ID', 'position', 'actor'))
      .map((key): BodyMutation => ({ kind: 'extra', key, value: 'x' })),
  ];
  if (droppable.length) arbs.push(fc.constantFrom(...droppable).map((pick): BodyMutation => ({ kind: 'drop', pick })));
  return fc.oneof(...arbs);
}

describe('R3 hostile input, one field at a time', () => {
  it(
    `${RUNS} single-field mutations of valid bodies: a rejected body names the mutated field`,
    async () => {
      const { h } = suite;
      const writes = h.ops.filter((op) => op.body?.contentType === 'application/json');
      expect(writes.length).toBeGreaterThanOrEqual(18);
      const misnamed: string[] = [];
      let named = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...writes).chain((op) => mutation(op).map((body) => ({ ...validSpec(op), body }))),
          async (spec) => {
            const field = mutatedField(spec)!;
            const { response: res } = await suite.send(spec, undefined, {
              label: `${spec.op.key} ${spec.body.kind} ${field}`,
            });
            if (!res) return;
            const problem = res.status >= 400 ? JSON.parse(res.text) : undefined;
            const paths: string[] = (problem?.errors ?? []).map((e: { path: string }) => e.path);
            if (res.status === 404)
              misnamed.push(`${spec.op.key}: ${spec.body.kind} ${field} → 404 ${problem?.detail}`);
            if (res.status !== 400 && res.status !== 422) return;
            // A rule over two fields (lat and lon, min and max) may file its error under the
            // partner, as long as it names this one.
            const leaf = field.split('.').pop()!;
            const mentioned = res.status === 422 && new RegExp(`\\b${leaf}\\b`).test(String(problem?.detail));
            if (paths.some((p) => p === field || p.startsWith(`${field}.`)) || mentioned) named++;
            else
              misnamed.push(
                `${spec.op.key}: ${spec.body.kind} ${field} → ${res.status} ` +
                  `names ${JSON.stringify(paths)}: ${problem?.detail}`,
              );
          },
        ),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      suite.expectClean('single-field mutations');
      console.log(`hard_hostile_fields: ${named} rejections named their field; ${misnamed.length} did not`);
      expect(misnamed).toEqual([]);
      expect(named).toBeGreaterThan(RUNS / 3);
    },
    TIMEOUT,
  );

  closingChecks(suite, TIMEOUT);
});
