#!/usr/bin/env node
// `node scripts/generate-client.mjs`: rewrites packages/api-client/openapi.json, the OpenAPI document
// the API serves, and the client's declarations derived from it (src/schema.d.ts). It builds the
// app (dist/, only when a source changed), creates it on a
// throwaway database of TEST_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres;
// Redis as REDIS_URL), reads /docs-json on an ephemeral local port, and drops the database again.
// `--check` writes nothing and exits 1 when the committed document differs.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { ensureBuilt } from './build.mjs';
import { DOCUMENT_FILE, documentText, ensureSchema } from '../packages/api-client/render-schema.mjs';

const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `ct_client_${randomBytes(4).toString('hex')}`;

async function admin(sql) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function openApiDocument() {
  ensureBuilt({ quiet: true });
  await admin(`create database ${name}`);
  try {
    const url = new URL(server);
    url.pathname = `/${name}`;
    Object.assign(process.env, { DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
    const { createApiApp } = await import('../dist/apps/api/src/bootstrap.js');
    const app = await createApiApp({ logger: false });
    await app.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`${await app.getUrl()}/docs-json`);
      if (!res.ok) throw new Error(`GET /docs-json: ${res.status}`);
      return await res.json();
    } finally {
      await app.close();
    }
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

try {
  const text = documentText(await openApiDocument());
  if (process.argv.includes('--check')) {
    const same = readFileSync(DOCUMENT_FILE, 'utf8') === text;
    console.error(
      same
        ? 'packages/api-client/openapi.json is up to date'
        : 'packages/api-client/openapi.json differs from the API: run node scripts/generate-client.mjs',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(DOCUMENT_FILE, text);
  await ensureSchema();
  console.error('wrote packages/api-client/openapi.json and src/schema.d.ts');
  process.exit(0);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
