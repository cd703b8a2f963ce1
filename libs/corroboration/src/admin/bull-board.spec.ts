import { describe, expect, it } from '@jest/globals';
import express from 'express';
import request from 'supertest';
import { mountBullBoard } from './bull-board.js';

// The guard in front of bull-board, with the key lookup the API passes in (bootstrap key or an
// active key's role; revoked and unknown keys resolve to null, as ApiKeyRepository.findActive does).
const KEYS: Record<string, string> = {
  'ct_admin-key-0123456789': 'admin',
  'ct_analyst-key-0123456789': 'analyst',
  'ct_reporter-key-0123456789': 'reporter',
};

function board(roleOf = async (key: string) => KEYS[key] ?? null) {
  const app = express();
  mountBullBoard(app, '/admin/queues', [], { roleOf });
  return request(app);
}

const basic = (key: string) => `Basic ${Buffer.from(`admin:${key}`).toString('base64')}`;

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(res.text)).toMatchObject({
    type: expect.stringMatching(/^https:\/\//),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  });
}

describe('bull-board guard', () => {
  it.each([
    ['no Authorization', undefined],
    ['an unknown Bearer key', 'Bearer ct_no-such-key-0123456789'],
    ['a revoked key (the lookup finds no active key)', 'Bearer ct_revoked-key-0123456789'],
    ['an unknown key as Basic', basic('ct_no-such-key-0123456789')],
    ['Basic without a password', `Basic ${Buffer.from('admin').toString('base64')}`],
    ['another scheme', 'Token ct_admin-key-0123456789'],
  ])('%s is 401 problem+json with a Bearer challenge (and Basic, for browsers)', async (_what, auth) => {
    const res = await (auth ? board().get('/admin/queues').set('Authorization', auth) : board().get('/admin/queues'));
    expectProblem(res, 401);
    expect(JSON.parse(res.text).type).toMatch(/\/unauthorized$/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.headers['www-authenticate']).toContain('Basic realm=');
  });

  it.each([
    ['reporter', 'Bearer ct_reporter-key-0123456789'],
    ['analyst', 'Bearer ct_analyst-key-0123456789'],
    ['analyst as Basic', basic('ct_analyst-key-0123456789')],
  ])('a valid key below admin (%s) is 403 problem+json, without a challenge', async (_what, auth) => {
    const res = await board().get('/admin/queues').set('Authorization', auth);
    expectProblem(res, 403);
    expect(JSON.parse(res.text).type).toMatch(/\/forbidden$/);
    expect(res.headers['www-authenticate']).toBeUndefined();
  });

  it('an admin key opens the board, as Bearer or as the Basic password', async () => {
    for (const auth of ['Bearer ct_admin-key-0123456789', basic('ct_admin-key-0123456789')]) {
      const res = await board().get('/admin/queues').set('Authorization', auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it('a lookup that fails is 503 with Retry-After, not a verdict on the key', async () => {
    const res = await board(async () => {
      throw new Error('connection refused');
    })
      .get('/admin/queues')
      .set('Authorization', 'Bearer ct_admin-key-0123456789');
    expectProblem(res, 503);
    expect(res.headers['retry-after']).toBe('2');
  });
});
