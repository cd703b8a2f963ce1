// The one way src/schema.d.ts is produced from the OpenAPI document, shared by
// scripts/generate-client.mjs (writes it) and test/contract (fails when the committed file differs).
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = new URL('./src/schema.d.ts', import.meta.url);

const HEADER = `// Generated from the claimtrail OpenAPI document (/docs-json) by openapi-typescript.
// Do not edit: regenerate with \`node scripts/generate-client.mjs\`.

`;

/** TypeScript declarations (`paths`, `components`, `operations`) for an OpenAPI document. */
export async function renderSchema(document) {
  // A copy: openapi-typescript annotates the object it is given.
  const ast = await openapiTS(structuredClone(document), { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}
