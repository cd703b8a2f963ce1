// The boundaries of the monorepo as rules `npm run lint:deps` (and .ci/run) checks; any
// violation fails the run. Paths are as dependency-cruiser resolves them: `@app/<lib>` through
// tsconfig.json's paths to libs/<lib>/src/index.ts, `./x.js` to `./x.ts`.
//
// Layers, bottom up (a layer may import those below it, never above):
//   config        environment schema and names; imports no lib
//   event-store   the log, leases, log followers; imports no lib
//   runtime       Nest providers for database, Redis, idempotency records; config, event-store
//   domain        pure core (below) + command side (handlers, StreamWriter, repositories,
//                 DomainModule: config, event-store, runtime)
//   http          REST conventions and OpenAPI declarations; config, event-store, runtime; never domain
//   projections, corroboration, imports   may import domain, http, runtime, event-store, config;
//                 not each other (corroboration never projections)
//   apps          import libs (through their index.ts); libs never import apps
//
// The pure core of the domain is every file of libs/domain/src except its command side:
//   core:          shared/* (vocabulary, partial-date, timestamp, names, schemas, country, guards,
//                  domain-errors, actor, event-envelope), <stream>.events.ts,
//                  <stream>.state.ts, incident.guards.ts, incident-fields(.schema).ts,
//                  groups/group-names.ts, <use-case>.decide.ts, <use-case>.schema.ts, testing/*
//   command side:  index.ts, domain.module.ts, infrastructure/*, <use-case>.command.ts,
//                  <use-case>.handler.ts
// A new file is core unless it is named as command side, so it is checked by default.

/** The domain's command side (see above), as a regex alternation over paths below libs/domain/src/. */
const COMMAND_SIDE = 'index\\.ts$|domain\\.module\\.ts$|infrastructure/|.*\\.(command|handler)\\.ts$';
const DOMAIN_CORE = `^libs/domain/src/(?!${COMMAND_SIDE})`;
/** Small pure packages the core may use besides zod: the ISO country table. */
const CORE_PACKAGES = '(^|/)node_modules/(zod|i18n-iso-countries)/';
const SPEC = '\\.spec\\.ts$';

/** A forbidden import: a module matching `from` may not import one matching `to`. */
const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

/** Forbidden imports from one path pattern to another: [name, from, to, comment]. */
const PATH_RULES = [
  [
    'event-store-imports-no-app-lib',
    '^libs/event-store/',
    '^(apps|libs/(?!event-store/))',
    'The event store is the bottom of the stack: it must stay usable without any other lib or app.',
  ],
  [
    'libs-never-import-apps',
    '^libs/',
    '^apps/',
    'Apps assemble libs; a lib reaching into an app inverts the dependency and drags the app into every user of ' +
      'the lib.',
  ],
  [
    'corroboration-not-projections',
    '^libs/corroboration/',
    '^libs/projections/',
    'The workflows follow the log themselves (event-store LogFollowerRunner) and take Redis from runtime; they ' +
      'never depend on the read models.',
  ],
  [
    'http-not-domain',
    '^libs/http/',
    '^libs/domain/',
    'libs/http (REST conventions) sits below the domain: it keeps its own roles and request context, and domain ' +
      'errors reach it through HttpModule.forRoot({ problems }) from apps/api.',
  ],
];

/** The libs below the top-level ones (projections, corroboration, imports), which may import them all. */
const BELOW_TOP = ['config', 'event-store', 'runtime', 'domain', 'http'];
/** Each lib `from` may import only libs in `allowed` (and itself): [name, from, allowed, comment]. */
const LAYERS = [
  [
    'config-imports-no-lib',
    'config',
    [],
    'config is the bottom layer: the environment schema and the names every layer shares.',
  ],
  [
    'runtime-imports-config-and-event-store',
    'runtime',
    ['config', 'event-store'],
    'runtime provides database, Redis and idempotency records to the layers above; it knows nothing of the ' +
      'domain or HTTP.',
  ],
  [
    'domain-imports-only-lower-layers',
    'domain',
    ['config', 'event-store', 'runtime'],
    'The command side of the domain uses the store and runtime providers; HTTP and the read side sit above it.',
  ],
  [
    'http-imports-only-lower-layers',
    'http',
    ['config', 'event-store', 'runtime'],
    'libs/http sits between runtime and the use-case libs (and below the domain: see http-not-domain).',
  ],
  [
    'projections-layer',
    'projections',
    BELOW_TOP,
    'The read side may use everything below it, not the other top-level libs.',
  ],
  [
    'corroboration-layer',
    'corroboration',
    BELOW_TOP,
    'The workflows may use everything below them, not the other top-level libs.',
  ],
  [
    'imports-layer',
    'imports',
    BELOW_TOP,
    'Imports and exports may use everything below them, not the other top-level libs.',
  ],
];

module.exports = {
  forbidden: [
    rule(
      'domain-core-is-pure',
      'The rules of the domain (events, folds, decide, body schemas, vocabulary) are pure: no I/O, no Nest, no ' +
        'other lib; only other core files, zod and the allow-listed pure packages. Specs and the testing/ helpers ' +
        'they share are exempt (they import jest and fast-check).',
      { path: DOMAIN_CORE, pathNot: [SPEC, '^libs/domain/src/testing/'] },
      { pathNot: [DOMAIN_CORE, CORE_PACKAGES] },
    ),
    ...PATH_RULES.map(([name, from, to, comment]) => rule(name, comment, { path: from }, { path: to })),
    rule(
      'controllers-only-in-apps-api',
      'HTTP controllers live in the API app (apps/api/src), so no lib, and so not the worker, loads one. Any ' +
        'import from a *.controller.ts elsewhere trips it (a controller always imports @nestjs/common).',
      { path: '\\.controller\\.ts$', pathNot: '^apps/api/src/' },
      {},
    ),
    rule(
      'no-deep-imports',
      "A lib's public surface is what its src/index.ts exports: from outside libs/<x> (other libs, apps, tests, " +
        'benches) an import must resolve to libs/<x>/src/index.ts, never to a file behind it.',
      { path: '^(?:apps|test|bench|libs/([^/]+))/' },
      { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    ),
    rule(
      'no-circular',
      'Libs form a stack (see the layers above); a cycle through libs would mean two layers each need the other.',
      { path: '^libs/' },
      { circular: true, viaOnly: { path: '^libs/' } },
    ),
    ...LAYERS.map(([name, from, allowed, comment]) =>
      rule(
        name,
        comment,
        { path: `^libs/${from}/` },
        { path: '^(libs|apps)/', pathNot: [`^libs/(${[from, ...allowed].join('|')})/`] },
      ),
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stay in the graph as leaves (not followed), so rules see which packages a file uses.
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `import './x.js'` in TypeScript means ./x.ts (nodenext): dependency-cruiser resolves it so
    // for TypeScript sources by itself; the check below ('not-resolvable') proves it does.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
