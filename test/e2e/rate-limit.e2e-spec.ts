// docs/API.md "Auth and roles": rate limits are per key and configurable; the bootstrap admin key is exempt;
// over the limit is 429 with Retry-After, and nothing is recorded.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { expectNothingRecorded, expectProblem, expectWriteAnswer } from './support/e2e.js';

let t: TestApp;

beforeAll(async () => {
  // A burst of 3, then one request every 2 s.
  t = await createTestApp('e2e_rate_limit', { RATE_LIMIT_PER_SECOND: '0.5', RATE_LIMIT_BURST: '3' });
});
afterAll(async () => t?.close());

const source = (name: string) => ({ name, kind: 'news', reliability: 'B' });

describe('rate limits', () => {
  it('a key over its limit gets 429 problem+json with Retry-After; nothing recorded', async () => {
    for (let i = 0; i < 3; i++)
      expectWriteAnswer(
        await t.http
          .post('/v1/sources')
          .set(bearer(t.keys.reporter))
          .send(source(`Burst ${i}`)),
      );
    const res = await expectNothingRecorded(t, () =>
      t.http.post('/v1/sources').set(bearer(t.keys.reporter)).send(source('Over')),
    );
    expectProblem(res, 429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('limits are per key: another key still has its burst', async () => {
    for (let i = 0; i < 3; i++)
      expectWriteAnswer(
        await t.http
          .post('/v1/sources')
          .set(bearer(t.keys.analyst))
          .send(source(`Analyst ${i}`)),
      );
  });

  it('the bootstrap admin key is exempt', async () => {
    for (let i = 0; i < 8; i++)
      expectWriteAnswer(
        await t.http
          .post('/v1/sources')
          .set(bearer(t.keys.admin))
          .send(source(`Admin ${i}`)),
      );
  });
});
