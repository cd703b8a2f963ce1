// NestJS 12 is ESM-only: test files are compiled by swc as ES modules (extensionsToTreatAsEsm),
// relative `.js` specifiers map back to the `.ts` sources, and the path aliases are tsconfig.json's
// `paths` (their one list; scripts/build.mjs hands the same list to swc).
const { readFileSync } = require('node:fs');
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    swcrc: false,
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
  },
];
const { paths = {} } = JSON.parse(readFileSync(path.join(__dirname, 'tsconfig.json'), 'utf8')).compilerOptions ?? {};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };
for (const [alias, [target]] of Object.entries(paths)) {
  // `@x/*` → `dir/*` becomes `^@x/(.*)$` → `<rootDir>/dir/$1`; an exact alias maps as it is.
  const file = `<rootDir>/${path.posix.normalize(target)}`;
  if (alias.endsWith('/*')) moduleNameMapper[`^${escape(alias.slice(0, -1))}(.*)$`] = file.replace('*', '$1');
  else moduleNameMapper[`^${escape(alias)}$`] = file;
}

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
};

module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.int-spec.ts'] },
    // Every answer an e2e suite receives is checked against the OpenAPI document (test/contract).
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/contract/support/record-responses.setup.ts'],
    },
    // Issue 8's suites; sizes fit CI unless HARDENING_SIZE=full.
    { ...common, displayName: 'hardening', testMatch: ['<rootDir>/test/hardening/**/*.hard-spec.ts'] },
    // Suites that start real API and worker processes from dist/ (built once here).
    {
      ...common,
      displayName: 'processes',
      testMatch: ['<rootDir>/test/processes/**/*.proc-spec.ts', '<rootDir>/test/readme/**/*.proc-spec.ts'],
      globalSetup: '<rootDir>/test/support/build-dist.mjs',
    },
    // Issue 15: the console in Debian's Chromium against started processes (server and console built once here).
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/console/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/console/support/build-all.mjs',
    },
  ],
};
