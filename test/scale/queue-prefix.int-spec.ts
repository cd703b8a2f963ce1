// Issue 16 item 10: two deployments on one Redis took each other's jobs under the one default
// prefix `{claimtrail}`. The default now derives from the database's identity: processes of one
// deployment agree, two deployments differ, and a QUEUE_PREFIX the operator sets is kept.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '@app/config';
import { prepareDatabase } from '@app/runtime';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let a: TestDatabase;
let b: TestDatabase;
const saved = process.env.QUEUE_PREFIX;

beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase('prefix_a'), createTestDatabase('prefix_b')]);
});
afterAll(async () => {
  if (saved === undefined) delete process.env.QUEUE_PREFIX;
  else process.env.QUEUE_PREFIX = saved;
  await Promise.all([a?.drop(), b?.drop()]);
});

const prefixAfterPrepare = async (url: string): Promise<string> => {
  await prepareDatabase(loadConfig({ ...process.env, DATABASE_URL: url }));
  return loadConfig().QUEUE_PREFIX;
};

describe('default queue prefix', () => {
  it('derives from the database: the same for one database, different for two, a hash tag', async () => {
    delete process.env.QUEUE_PREFIX;
    const pa = await prefixAfterPrepare(a.url);
    expect(pa).toMatch(/^\{claimtrail-[0-9a-f]{16}\}$/);
    const pb = await prefixAfterPrepare(b.url);
    expect(pb).toMatch(/^\{claimtrail-[0-9a-f]{16}\}$/);
    expect(pb).not.toBe(pa);
    // Another process of deployment A (its own prepare) lands on A's prefix again.
    delete process.env.QUEUE_PREFIX;
    expect(await prefixAfterPrepare(a.url)).toBe(pa);
    expect(loadConfig({ REDIS_URL: 'redis-cluster://h1:7000', QUEUE_PREFIX: pa }).QUEUE_PREFIX).toBe(pa);
  });

  it('keeps a QUEUE_PREFIX the operator set', async () => {
    process.env.QUEUE_PREFIX = '{ops-chosen}';
    expect(await prefixAfterPrepare(a.url)).toBe('{ops-chosen}');
  });
});
