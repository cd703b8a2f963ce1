// The OpenAPI document the app serves at /docs-json: a valid OpenAPI 3.0 document (checked by
// @seriousme/openapi-schema-validator) that declares what every operation answers, and a
// conformance checker that does fail on an answer the document does not declare.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ConformanceChecker } from './support/conformance.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let doc: any;

const operations = () =>
  Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) =>
    Object.entries<any>(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, op })),
  );

beforeAll(async () => {
  t = await createTestApp('contract_doc');
  doc = (await t.http.get('/docs-json')).body;
});

afterAll(async () => {
  await t?.close();
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.0 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result).toEqual({ valid: true });
    expect(doc.openapi).toMatch(/^3\.0\./);
  });

  it('declares the API key as a bearer scheme, not a JWT', () => {
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      description: expect.stringContaining('API key'),
    });
  });

  it('declares a success answer with a body schema for every operation but the key revocation', () => {
    const missing = operations().flatMap(({ key, op }) => {
      const success = Object.entries<any>(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (key === 'DELETE /v1/admin/keys/{id}') return success.map(([s]) => s).join() === '204' ? [] : [key];
      const schemas = success.flatMap(([, r]) => Object.values<any>(r.content ?? {}).map((c) => c.schema));
      return success.length === 1 && schemas.length && schemas.every(Boolean) ? [] : [key];
    });
    expect(missing).toEqual([]);
  });

  it(
    'declares problem+json for 400, 401, 429 and 503 on every /v1 operation, ' +
      'and 403 wherever a role above reporter is needed',
    () => {
      const problem = { schema: { $ref: '#/components/schemas/Problem' } };
      for (const { key, path, op } of operations().filter((o) => o.path.startsWith('/v1/'))) {
        for (const status of ['400', '401', '429', '503'])
          expect({ key, status, content: op.responses[status]?.content }).toEqual({
            key,
            status,
            content: { 'application/problem+json': problem },
          });
      }
      expect(doc.paths['/v1/groups'].post.responses['403']).toBeDefined();
      expect(doc.paths['/v1/incidents'].post.responses['403']).toBeUndefined();
      expect(doc.components.schemas.Problem.properties.errors.items.required).toEqual(['path', 'message']);
    },
  );

  it(
    'declares minPosition on every /v1 read, asOf/asOfPosition on the picture, ' +
      'Idempotency-Key on every POST and If-Match on stream writes',
    () => {
      const params = (op: any, where: string) =>
        (op.parameters ?? []).filter((p: any) => p.in === where).map((p: any) => p.name);
      const ops = operations().filter((o) => o.path.startsWith('/v1/'));
      expect(
        ops.filter((o) => o.method === 'get' && !params(o.op, 'query').includes('minPosition')).map((o) => o.key),
      ).toEqual([]);
      expect(params(doc.paths['/v1/incidents/{id}'].get, 'query')).toEqual(
        expect.arrayContaining(['asOf', 'asOfPosition', 'minPosition']),
      );
      expect(
        ops.filter((o) => o.method === 'post' && !params(o.op, 'header').includes('Idempotency-Key')).map((o) => o.key),
      ).toEqual([]);
      const claims = doc.paths['/v1/incidents/{id}/claims'].post;
      expect(params(claims, 'header')).toContain('If-Match');
      expect(Object.keys(claims.responses).sort()).toEqual([
        '201',
        '400',
        '401',
        '404',
        '409',
        '412',
        '413',
        '415',
        '422',
        '429',
        '503',
      ]);
      expect(claims.responses['201'].headers.ETag).toBeDefined();
    },
  );
});

describe('the conformance checker', () => {
  it(
    'fails an undeclared status, an undeclared media type and ' +
      'a body the schema rejects, and passes a conforming answer',
    async () => {
      const checker = new ConformanceChecker(doc);
      const incident = await t.http
        .post('/v1/incidents')
        .set(bearer(t.keys.reporter))
        .send({ occurredAt: '2023', location: { country: 'PK' }, type: 'bombing' });
      const ok = {
        method: 'POST',
        path: '/v1/incidents',
        status: 201,
        contentType: 'application/json; charset=utf-8',
        text: incident.text,
      };
      const report = checker.check([
        ok,
        { ...ok, status: 418 },
        { ...ok, contentType: 'text/plain' },
        { ...ok, text: JSON.stringify({ ...incident.body, position: 'first' }) },
        { ...ok, text: JSON.stringify({ ...incident.body, extra: true }) },
        {
          ...ok,
          status: 404,
          contentType: 'application/problem+json',
          text: '{"type":"x","title":"Not Found","status":404}',
        },
        { ...ok, method: 'GET', path: '/no/such/route', status: 404 },
      ]);
      expect(report.checked).toBe(6);
      expect(report.outsideDocument).toBe(1);
      expect(report.failures.map((f) => f.problem.split(/[:(]/)[0].trim())).toEqual([
        'status 418 is not declared',
        'Content-Type text/plain is not declared',
        'body does not match the schema',
        'body does not match the schema',
        'status 404 is not declared',
      ]);
    },
  );
});
