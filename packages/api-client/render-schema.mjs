// The one way src/schema.d.ts is produced from the OpenAPI document. The document is committed
// (openapi.json, written by scripts/generate-client.mjs and held to the served one by test/contract);
// the declarations are derived from it at install and build (`ensureSchema`), not committed: 9,000
// generated lines that repeat one shape per operation told a reviewer nothing the document does not.
// `node packages/api-client/render-schema.mjs` writes them when missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT_FILE = new URL('./openapi.json', import.meta.url);
export const SCHEMA_FILE = new URL('./src/schema.d.ts', import.meta.url);

const header = (digest) => `// Generated from packages/api-client/openapi.json by openapi-typescript; not committed.
// Do not edit: the build regenerates it (document sha256 ${digest}).

`;

const digestOf = (text) => createHash('sha256').update(text).digest('hex');

/** The document as openapi.json stores it: stable for a given document, a reviewable diff. */
export const documentText = (document) => `${JSON.stringify(document, null, 2)}\n`;

/** TypeScript declarations (`paths`, `components`, `operations`) for an OpenAPI document. */
export async function renderSchema(document) {
  // A copy: openapi-typescript annotates the object it is given.
  const ast = await openapiTS(structuredClone(document), { alphabetize: true, silent: true });
  return header(digestOf(documentText(document))) + astToString(ast);
}

/** Writes src/schema.d.ts from openapi.json unless it already renders that document; returns whether it wrote. */
export async function ensureSchema() {
  const text = readFileSync(DOCUMENT_FILE, 'utf8');
  if (existsSync(SCHEMA_FILE) && readFileSync(SCHEMA_FILE, 'utf8').includes(`sha256 ${digestOf(text)})`)) return false;
  writeFileSync(SCHEMA_FILE, await renderSchema(JSON.parse(text)));
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await ensureSchema();
