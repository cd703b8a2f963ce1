// Holds recorded answers to the OpenAPI document with Ajv, a validator independent of the zod
// schemas the document was rendered from. A failure: an answer on an operation whose status or
// media type the document does not declare, or a body its schema does not accept.
import { createRequire } from 'node:module';
import type { Exchange } from './recorder.js';

// ajv and ajv-formats are CommonJS; load them as such (their default-export typing is awkward under nodenext).
const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as new (opts: object) => AjvInstance;
const addFormats = require('ajv-formats').default as (ajv: AjvInstance) => void;

interface AjvInstance {
  addSchema(schema: object, key: string): void;
  addFormat(name: string, format: boolean | RegExp): void;
  compile(
    schema: object,
  ): ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
}

export interface Failure {
  exchange: string;
  problem: string;
}

export interface ConformanceReport {
  checked: number;
  /** Answers to paths the document does not describe (unknown routes, /docs-json, /metrics): not operations. */
  outsideDocument: number;
  failures: Failure[];
  /** Distinct `METHOD /template status` pairs seen. */
  pairs: Set<string>;
}

interface Route {
  template: string;
  pattern: RegExp;
  params: number;
}

const JSONISH = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * OpenAPI 3.0 schemas in Ajv's draft 7, in place: `exclusiveMinimum: true` (draft 4) becomes the
 * bound itself, and `nullable` without a `type` (zod writes `{ nullable, allOf: [{ $ref }] }` for a
 * nullable component) becomes `anyOf: [the schema, null]`, which is what it means there.
 */
function toDraft7(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.nullable === true && o.type === undefined) {
    const { nullable: _, ...rest } = o;
    for (const k of Object.keys(o)) delete o[k];
    o.anyOf = [rest, { type: 'null' }];
  }
  for (const [bound, flag] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof o[flag] === 'boolean') {
      if (o[flag]) o[flag] = o[bound];
      else delete o[flag];
      if (o[flag] !== undefined) delete o[bound];
    }
  }
  for (const v of Object.values(o)) toDraft7(v);
}

export class ConformanceChecker {
  private readonly ajv: AjvInstance;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ReturnType<AjvInstance['compile']>>();

  constructor(private readonly doc: any) {
    const copy = structuredClone(doc);
    toDraft7(copy);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(copy, 'openapi');
    this.routes = Object.keys(doc.paths)
      .map((template) => {
        const source = template
          .split('/')
          .map((seg) => (/^\{[^}]+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return { template, pattern: new RegExp(`^${source}/?$`), params: (template.match(/\{/g) ?? []).length };
      })
      // Literal segments win over parameters (/v1/admin/projections before /v1/admin/{x}).
      .sort((a, b) => a.params - b.params);
  }

  check(exchanges: Exchange[]): ConformanceReport {
    const report: ConformanceReport = { checked: 0, outsideDocument: 0, failures: [], pairs: new Set() };
    for (const x of exchanges) {
      if (x.method === 'HEAD' || x.method === 'OPTIONS') continue;
      const route = this.routes.find((r) => r.pattern.test(x.path));
      const op = route ? this.doc.paths[route.template][x.method.toLowerCase()] : undefined;
      if (!route || !op) {
        report.outsideDocument++;
        continue;
      }
      report.checked++;
      const where = `${x.method} ${route.template} → ${x.status}`;
      report.pairs.add(`${x.method} ${route.template} ${x.status}`);
      const problem = this.checkOne(x, route.template, op);
      if (problem) report.failures.push({ exchange: `${where} (${x.method} ${x.path})`, problem });
    }
    return report;
  }

  private checkOne(x: Exchange, template: string, op: any): string | undefined {
    const status = String(x.status);
    const responseKey = [status, `${status[0]}XX`, 'default'].find((k) => op.responses?.[k]);
    const declared = responseKey ? op.responses[responseKey] : undefined;
    if (!declared) return `status ${status} is not declared (declared: ${Object.keys(op.responses ?? {}).join(', ')})`;
    const content: Record<string, { schema?: object }> | undefined = declared.content;
    const media = x.contentType?.split(';')[0].trim().toLowerCase();
    if (!content || !Object.keys(content).length) {
      return x.text ? `a body is sent (${media}) where the document declares none` : undefined;
    }
    if (!media) return `no Content-Type; declared: ${Object.keys(content).join(', ')}`;
    // Declared media types may carry parameters (application/stix+json;version=2.1): compare the type itself.
    const entry = Object.entries(content).find(([m]) => m.split(';')[0].trim().toLowerCase() === media);
    if (!entry) return `Content-Type ${media} is not declared (declared: ${Object.keys(content).join(', ')})`;
    if (!JSONISH.test(media) || !entry[1].schema) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(x.text ?? '');
    } catch {
      return `the ${media} body is not JSON`;
    }
    const pointer = [
      'paths',
      template,
      x.method.toLowerCase(),
      'responses',
      responseKey!,
      'content',
      entry[0],
      'schema',
    ]
      .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const key = `openapi#/${pointer}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: key });
      this.validators.set(key, validate);
    }
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
    return `body does not match the schema: ${errors.join('; ')} — body: ${JSON.stringify(body).slice(0, 300)}`;
  }
}
