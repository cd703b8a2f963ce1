// ESM + swc set-up from ../shared/STACK-NOTES.md: NestJS 12 is ESM-only.
const swc = ['@swc/jest', {
  swcrc: false,
  module: { type: 'es6' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
  },
}];
const libs = ['config', 'event-store', 'domain', 'http', 'projections', 'corroboration', 'imports', 'runtime'];
const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };
for (const lib of libs) moduleNameMapper[`^@app/${lib}$`] = `<rootDir>/libs/${lib}/src/index.ts`;

const common = { testEnvironment: 'node', extensionsToTreatAsEsm: ['.ts'], transform: { '^.+\\.ts$': swc }, moduleNameMapper };

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
      moduleNameMapper: { ...moduleNameMapper, '^@claimtrail/api-client$': '<rootDir>/packages/api-client/src/index.ts' },
      setupFilesAfterEnv: ['<rootDir>/test/contract/support/record-responses.setup.ts'],
    },
    // Issue 8's suites; sizes fit CI unless HARDENING_SIZE=full.
    { ...common, displayName: 'hardening', testMatch: ['<rootDir>/test/hardening/**/*.hard-spec.ts'] },
    // Suites that start real API and worker processes from dist/ (built once here).
    { ...common, displayName: 'processes', testMatch: ['<rootDir>/test/processes/**/*.proc-spec.ts', '<rootDir>/test/readme/**/*.proc-spec.ts'], globalSetup: '<rootDir>/test/support/build-dist.mjs' },
  ],
};
