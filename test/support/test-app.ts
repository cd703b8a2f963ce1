import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { contractState, recordingAgent } from '../contract/support/recorder.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  tdb: TestDatabase;
  keys: { reporter: string; analyst: string; admin: string };
  close(): Promise<void>;
}

/** The real API app on a private database, with one key per role. */
export async function createTestApp(label: string, env: Record<string, string> = {}): Promise<TestApp> {
  const tdb = await createTestDatabase(label);
  Object.assign(process.env, {
    DATABASE_URL: tdb.url,
    CLAIMTRAIL_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_SECOND: '0',
    // Suites send bad keys on purpose from one address; test/e2e/auth-early.e2e-spec.ts turns this on.
    AUTH_FAILURES_PER_SECOND: '0',
    ...env,
  });
  const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
  const app = await createApiApp({ logger: false });
  await app.init();
  const http = recordingAgent(request(app.getHttpServer()));
  // Where answers are recorded (the e2e project), keep the document they are checked against.
  const contract = contractState();
  if (contract && !contract.document) contract.document = (await request(app.getHttpServer()).get('/docs-json')).body;
  const keys = { reporter: '', analyst: '', admin: ADMIN_KEY };
  for (const role of ['reporter', 'analyst'] as const) {
    const res = await http
      .post('/v1/admin/keys')
      .set('Authorization', `Bearer ${ADMIN_KEY}`)
      .send({ name: `${role} key`, role });
    if (res.status !== 201) throw new Error(`could not create ${role} key: ${res.status} ${JSON.stringify(res.body)}`);
    keys[role] = res.body.key;
  }
  return {
    app,
    http,
    tdb,
    keys,
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
