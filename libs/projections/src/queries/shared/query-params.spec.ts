import { describe, expect, it } from '@jest/globals';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { ProblemValidationPipe, type ProblemException } from '@app/http';
import { GetIncidentController } from '../get-incident/get-incident.controller.js';
import { GroupLedgerController } from '../group-ledger/group-ledger.controller.js';
import { ListGroupsController } from '../list-groups/list-groups.controller.js';
import { ListIncidentsController } from '../list-incidents/list-incidents.controller.js';
import { ListRetractionsController } from '../list-retractions/list-retractions.controller.js';
import { ListReviewsController } from '../list-reviews/list-reviews.controller.js';
import { ListSourcesController } from '../list-sources/list-sources.controller.js';
import { MismatchesController } from '../mismatches/mismatches.controller.js';
import { encodeCursor } from './cursor.js';

// Each read's own @Query schema, run through the API's validation pipe: what reaches the SQL.

const ID = '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b';

function querySchemaOf(controller: Function, method: string): unknown {
  const args: Record<string, { schema?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method);
  const [, query] = Object.entries(args).find(([k, v]) => k.startsWith('4:') && v.schema) ?? [];
  if (!query) throw new Error(`${controller.name}.${method} has no @Query schema`);
  return query.schema;
}

/** The parsed query, or the problem the API would answer. */
async function validate(controller: Function, method: string, query: Record<string, string>) {
  try {
    return { value: await new ProblemValidationPipe().transform({ ...query }, { type: 'query', schema: querySchemaOf(controller, method) } as any) };
  } catch (err) {
    const { problem } = err as ProblemException;
    return { status: problem.status, paths: problem.errors?.map((e) => e.path) };
  }
}

const YEAR_0 = ['0000-01-01T00:00:00Z', ID];
const NUL_TEXT = ['a\u0000b', ID];

/** Route, controller, a key of its shape, a key of its shape with one element its SQL cannot cast. */
const lists: Array<[string, Function, unknown[], unknown[]]> = [
  ['GET /v1/incidents', ListIncidentsController, [null, ID], YEAR_0],
  ['GET /v1/groups', ListGroupsController, ['tehrik-i-taliban pakistan', ID], NUL_TEXT],
  ['GET /v1/sources', ListSourcesController, ['reuters', ID], NUL_TEXT],
  ['GET /v1/retractions', ListRetractionsController, ['2023-07-12T05:00:00.000Z', ID], YEAR_0],
  ['GET /v1/reviews', ListReviewsController, ['2023-07-12T05:00:00.000Z', ID], YEAR_0],
  ['GET /v1/analytics/claim-attribution-mismatches', MismatchesController, [ID], ['not-a-uuid']],
];

describe('cursor of every list', () => {
  it.each(lists)('%s takes back a cursor of its own shape', async (_route, controller, key) => {
    expect(await validate(controller, 'list', { cursor: encodeCursor(key) })).toEqual({ value: expect.objectContaining({ cursor: key }) });
  });

  it.each(lists)('%s answers 400 naming cursor for ["x"], a foreign shape, an extra element and an uncastable one', async (_route, controller, key, uncastable) => {
    const foreign = key.length === 1 ? ['2023-07-12T05:00:00.000Z', ID] : [ID];
    for (const bad of [['x'], foreign, [...key, 'extra'], uncastable]) {
      expect({ bad, answer: await validate(controller, 'list', { cursor: encodeCursor(bad) }) }).toEqual({ bad, answer: { status: 400, paths: ['cursor'] } });
    }
    expect(await validate(controller, 'list', { cursor: 'WyJ4Il0' })).toEqual({ status: 400, paths: ['cursor'] });
  });
});

describe('time parameters of every read', () => {
  const reads: Array<[string, Function, string, string[]]> = [
    ['GET /v1/groups/{id}/ledger', GroupLedgerController, 'ledger', ['from', 'to']],
    ['GET /v1/incidents', ListIncidentsController, 'list', ['from', 'to']],
    ['GET /v1/retractions', ListRetractionsController, 'list', ['from', 'to']],
    ['GET /v1/analytics/claim-attribution-mismatches', MismatchesController, 'list', ['from', 'to']],
    ['GET /v1/incidents/{id}', GetIncidentController, 'get', ['asOf']],
  ];

  it.each(reads)('%s answers 400 naming the parameter for instants outside UTC years 1–9999', async (_route, controller, method, params) => {
    for (const name of params) {
      for (const bad of ['0000-01-01', '9999-12-31T23:59:59-01:00', '0001-01-01T00:00:00+01:00']) {
        expect({ name, bad, answer: await validate(controller, method, { [name]: bad }) }).toEqual({ name, bad, answer: { status: 400, paths: [name] } });
      }
      expect(await validate(controller, method, { [name]: '0001-01-01T00:00:00-01:00' })).toEqual({ value: expect.objectContaining({ [name]: new Date('0001-01-01T01:00:00Z') }) });
    }
  });
});
