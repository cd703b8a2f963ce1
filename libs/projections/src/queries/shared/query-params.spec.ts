import { describe, expect, it } from '@jest/globals';
import { ProblemValidationPipe, type ProblemException } from '@app/http';
import { GetIncidentQuerySchema } from '../get-incident/get-incident.schema.js';
import { GroupLedgerQuerySchema } from '../group-ledger/group-ledger.schema.js';
import { ListGroupsQuerySchema } from '../list-groups/list-groups.schema.js';
import { ListIncidentsQuerySchema } from '../list-incidents/list-incidents.schema.js';
import { ListRetractionsQuerySchema } from '../list-retractions/list-retractions.schema.js';
import { ListReviewsQuerySchema } from '../list-reviews/list-reviews.schema.js';
import { ListSourcesQuerySchema } from '../list-sources/list-sources.schema.js';
import { MismatchesQuerySchema } from '../mismatches/mismatches.schema.js';
import { encodeCursor } from './cursor.js';

// Each read's query schema (the one its controller in apps/api names in @Query), run through the
// API's validation pipe: what reaches the SQL.

const ID = '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b';

/** The parsed query, or the problem the API would answer. */
async function validate(schema: unknown, query: Record<string, string>) {
  try {
    return { value: await new ProblemValidationPipe().transform({ ...query }, { type: 'query', schema } as any) };
  } catch (err) {
    const { problem } = err as ProblemException;
    return { status: problem.status, paths: problem.errors?.map((e) => e.path) };
  }
}

const YEAR_0 = ['0000-01-01T00:00:00Z', ID];
const NUL_TEXT = ['a\u0000b', ID];

/** Route, its query schema, a key of its shape, a key of its shape with one element its SQL cannot cast. */
const lists: Array<[string, unknown, unknown[], unknown[]]> = [
  ['GET /v1/incidents', ListIncidentsQuerySchema, [null, ID], YEAR_0],
  ['GET /v1/groups', ListGroupsQuerySchema, ['tehrik-i-taliban pakistan', ID], NUL_TEXT],
  ['GET /v1/sources', ListSourcesQuerySchema, ['reuters', ID], NUL_TEXT],
  ['GET /v1/retractions', ListRetractionsQuerySchema, ['2023-07-12T05:00:00.000Z', ID], YEAR_0],
  ['GET /v1/reviews', ListReviewsQuerySchema, ['2023-07-12T05:00:00.000Z', ID], YEAR_0],
  ['GET /v1/analytics/claim-attribution-mismatches', MismatchesQuerySchema, [ID], ['not-a-uuid']],
];

describe('cursor of every list', () => {
  it.each(lists)('%s takes back a cursor of its own shape', async (_route, schema, key) => {
    expect(await validate(schema, { cursor: encodeCursor(key) })).toEqual({
      value: expect.objectContaining({ cursor: key }),
    });
  });

  it.each(lists)(
    '%s answers 400 naming cursor for ["x"], a foreign shape, an extra element and an uncastable one',
    async (_route, schema, key, uncastable) => {
      const foreign = key.length === 1 ? ['2023-07-12T05:00:00.000Z', ID] : [ID];
      for (const bad of [['x'], foreign, [...key, 'extra'], uncastable]) {
        expect({ bad, answer: await validate(schema, { cursor: encodeCursor(bad) }) }).toEqual({
          bad,
          answer: { status: 400, paths: ['cursor'] },
        });
      }
      expect(await validate(schema, { cursor: 'WyJ4Il0' })).toEqual({ status: 400, paths: ['cursor'] });
    },
  );
});

describe('time parameters of every read', () => {
  const reads: Array<[string, unknown, string[]]> = [
    ['GET /v1/groups/{id}/ledger', GroupLedgerQuerySchema, ['from', 'to']],
    ['GET /v1/incidents', ListIncidentsQuerySchema, ['from', 'to']],
    ['GET /v1/retractions', ListRetractionsQuerySchema, ['from', 'to']],
    ['GET /v1/analytics/claim-attribution-mismatches', MismatchesQuerySchema, ['from', 'to']],
    ['GET /v1/incidents/{id}', GetIncidentQuerySchema, ['asOf']],
  ];

  it.each(reads)(
    '%s answers 400 naming the parameter for instants outside UTC years 1–9999',
    async (_route, schema, params) => {
      for (const name of params) {
        for (const bad of ['0000-01-01', '9999-12-31T23:59:59-01:00', '0001-01-01T00:00:00+01:00']) {
          expect({ name, bad, answer: await validate(schema, { [name]: bad }) }).toEqual({
            name,
            bad,
            answer: { status: 400, paths: [name] },
          });
        }
        expect(await validate(schema, { [name]: '0001-01-01T00:00:00-01:00' })).toEqual({
          value: expect.objectContaining({ [name]: new Date('0001-01-01T01:00:00Z') }),
        });
      }
    },
  );
});
