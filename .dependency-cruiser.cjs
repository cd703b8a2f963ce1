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
//                  domain-errors, actor, command-context, event-envelope), <stream>.events.ts,
//                  <stream>.state.ts, incident.guards.ts, incident-fields(.schema).ts,
//                  groups/group-names.ts, <use-case>.decide.ts, <use-case>.schema.ts, testing/*
//   command side:  index.ts, domain.module.ts, infrastructure/*, <use-case>.command.ts,
//                  <use-case>.handler.ts
// A new file is core unless it is named as command side, so it is checked by default.

const DOMAIN_COMMAND_SIDE =
  '^libs/domain/src/(index\\.ts$|domain\\.module\\.ts$|infrastructure/|.*\\.(command|handler)\\.ts$)';
const DOMAIN_CORE =
  '^libs/domain/src/(?!index\\.ts$|domain\\.module\\.ts$|infrastructure/|.*\\.(command|handler)\\.ts$)';
/** Small pure packages the core may use besides zod: the ISO country table. */
const CORE_PACKAGES = '(^|/)node_modules/(zod|i18n-iso-countries)/';
const SPEC = '\\.spec\\.ts$';

/** Lib `from` may import only libs in `allowed` (and itself). */
const layer = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^libs/${from}/` },
  to: { path: '^(libs|apps)/', pathNot: [`^libs/(${[from, ...allowed].join('|')})/`] },
});

module.exports = {
  forbidden: [
    {
      name: 'domain-core-is-pure',
      comment:
        'The rules of the domain (events, folds, decide, body schemas, vocabulary) are pure: no I/O, no Nest, no other lib; only other core files, zod and the allow-listed pure packages. Specs are exempt (they import jest and fast-check).',
      severity: 'error',
      from: { path: DOMAIN_CORE, pathNot: SPEC },
      to: { pathNot: [DOMAIN_CORE, CORE_PACKAGES] },
    },
    {
      name: 'event-store-imports-no-app-lib',
      comment: 'The event store is the bottom of the stack: it must stay usable without any other lib or app.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^(apps|libs/(?!event-store/))' },
    },
    {
      name: 'libs-never-import-apps',
      comment:
        'Apps assemble libs; a lib reaching into an app inverts the dependency and drags the app into every user of the lib.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'corroboration-not-projections',
      comment:
        'The workflows follow the log themselves (event-store LogFollowerRunner) and take Redis from runtime; they never depend on the read models.',
      severity: 'error',
      from: { path: '^libs/corroboration/' },
      to: { path: '^libs/projections/' },
    },
    {
      name: 'http-not-domain',
      comment:
        'libs/http (REST conventions) sits below the domain: it keeps its own roles and request context, and domain errors reach it through HttpModule.forRoot({ problems }) from apps/api.',
      severity: 'error',
      from: { path: '^libs/http/' },
      to: { path: '^libs/domain/' },
    },
    {
      name: 'controllers-only-in-apps-api',
      comment:
        'HTTP controllers live in the API app (apps/api/src), so no lib, and so not the worker, loads one. Any import from a *.controller.ts elsewhere trips it (a controller always imports @nestjs/common).',
      severity: 'error',
      from: { path: '\\.controller\\.ts$', pathNot: '^apps/api/src/' },
      to: {},
    },
    {
      name: 'no-deep-imports',
      comment:
        "A lib's public surface is what its src/index.ts exports: from outside libs/<x> (other libs, apps, tests, benches) an import must resolve to libs/<x>/src/index.ts, never to a file behind it.",
      severity: 'error',
      from: { path: '^(?:apps|test|bench|libs/([^/]+))/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment:
        'Libs form a stack (see the layers above); a cycle through libs would mean two layers each need the other.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true, viaOnly: { path: '^libs/' } },
    },
    layer(
      'config-imports-no-lib',
      'config',
      [],
      'config is the bottom layer: the environment schema and the names every layer shares.',
    ),
    layer(
      'runtime-imports-config-and-event-store',
      'runtime',
      ['config', 'event-store'],
      'runtime provides database, Redis and idempotency records to the layers above; it knows nothing of the domain or HTTP.',
    ),
    layer(
      'domain-imports-only-lower-layers',
      'domain',
      ['config', 'event-store', 'runtime'],
      'The command side of the domain uses the store and runtime providers; HTTP and the read side sit above it.',
    ),
    layer(
      'http-imports-only-lower-layers',
      'http',
      ['config', 'event-store', 'runtime'],
      'libs/http sits between runtime and the use-case libs (and below the domain: see http-not-domain).',
    ),
    layer(
      'projections-layer',
      'projections',
      ['config', 'event-store', 'runtime', 'domain', 'http'],
      'The read side may use everything below it, not the other top-level libs.',
    ),
    layer(
      'corroboration-layer',
      'corroboration',
      ['config', 'event-store', 'runtime', 'domain', 'http'],
      'The workflows may use everything below them, not the other top-level libs.',
    ),
    layer(
      'imports-layer',
      'imports',
      ['config', 'event-store', 'runtime', 'domain', 'http'],
      'Imports and exports may use everything below them, not the other top-level libs.',
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
