// Records every answer the e2e suites receive through the test app's supertest agent, so the
// conformance check (conformance.ts) can hold each one to the OpenAPI document. Recording is on
// only where test/contract/support/record-responses.setup.ts enabled it (the e2e project).

export interface Exchange {
  method: string;
  /** Path without the query string, as sent. */
  path: string;
  status: number;
  contentType: string | undefined;
  /** The body as received: text for textual media types, else undefined. */
  text: string | undefined;
}

interface ContractState {
  exchanges: Exchange[];
  document: unknown;
}

const KEY = Symbol.for('claimtrail.contract');

/** The recording state of this test file, when recording is on. */
export function contractState(): ContractState | undefined {
  return (globalThis as Record<symbol, ContractState | undefined>)[KEY];
}

export function enableRecording(): ContractState {
  const state: ContractState = { exchanges: [], document: null };
  (globalThis as Record<symbol, ContractState>)[KEY] = state;
  return state;
}

interface SuperagentResponse {
  status: number;
  headers: Record<string, string | undefined>;
  text?: string;
  body?: unknown;
}

function record(method: string, url: string, res: SuperagentResponse): void {
  const state = contractState();
  if (!state) return;
  const contentType = res.headers['content-type'];
  const body = res.body;
  // Supertest keeps text for textual answers; a custom parser (binary exports) leaves a Buffer.
  const text = typeof res.text === 'string' ? res.text : Buffer.isBuffer(body) ? body.toString('utf8') : undefined;
  state.exchanges.push({
    method: method.toUpperCase(),
    path: new URL(url, 'http://x').pathname,
    status: res.status,
    contentType,
    text,
  });
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

type Endable = { method: string; url: string; end(fn?: (err: unknown, res: unknown) => void): unknown };

/** Wraps a supertest agent so each answer is recorded before the test sees it. */
export function recordingAgent<T extends object>(agent: T): T {
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const test = (value as (...a: unknown[]) => Endable).apply(target, args);
        const end = test.end.bind(test);
        test.end = (fn) =>
          end((err, res) => {
            const answer = (res ?? (err as { response?: unknown } | undefined)?.response) as
              SuperagentResponse | undefined;
            if (answer && typeof answer.status === 'number') record(test.method, test.url, answer);
            fn?.(err, res);
          });
        return test;
      };
    },
  });
}
