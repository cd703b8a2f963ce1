// The OASIS STIX 2.1 JSON schemas (cti-stix2-json-schemas), kept outside the repository:
// STIX_SCHEMAS_DIR, or ../shared/stix-2.1-schemas next to it. Relative paths are resolved against
// the repository root, whatever directory jest was started from. Each object is validated against
// its own type's schema: the published bundle schema does not list every type claimtrail exports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const STIX_SCHEMAS_DEFAULT = '../shared/stix-2.1-schemas';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the schemas folder (the one holding `schemas/`). */
export const stixSchemasDir = path.resolve(repo, process.env.STIX_SCHEMAS_DIR || STIX_SCHEMAS_DEFAULT);

/** Whether the schemas are there: the schema-validating tests run only then. */
export const stixSchemasExist = existsSync(path.join(stixSchemasDir, 'schemas', 'common', 'core.json'));

/** Why the schema-validating tests did not run, for the test output. */
export const stixSchemasMissing =
  `STIX 2.1 schemas not found at ${stixSchemasDir} ` + '(set STIX_SCHEMAS_DIR to the folder holding schemas/)';

// A CommonJS package under NodeNext: the plugin is on `.default`.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: unknown) => void;

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };

/** A validator of single STIX objects: the problems of each, empty when it conforms. */
export function stixValidator(): (o: { type: string; id?: string }) => string[] {
  const root = path.join(stixSchemasDir, 'schemas');
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    // The published patterns escape `-` outside classes (`\\-`), which the `u` flag rejects.
    unicodeRegExp: false,
  });
  addFormats(ajv);
  const byPath = new Map<string, string>();
  for (const folder of readdirSync(root)) {
    const dir = path.join(root, folder);
    if (!existsSync(dir) || !folder.match(/^[a-z-]+$/)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      ajv.addSchema(schema);
      byPath.set(`${folder}/${file}`, schema.$id);
    }
  }
  const cache = new Map<string, Validate>();
  return (o) => {
    const id = byPath.get(`sdos/${o.type}.json`) ?? byPath.get(`sros/${o.type}.json`);
    if (!id) return [`${o.id}: no schema for type ${o.type}`];
    let validate = cache.get(id);
    if (!validate) cache.set(id, (validate = ajv.getSchema(id) as Validate));
    if (validate(o)) return [];
    return (validate.errors ?? []).map((e) => `${o.id}${e.instancePath}: ${e.message}`);
  };
}
