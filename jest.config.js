/**
 * One jest run over every package. Unit tests sit beside the code (`*.test.ts`); tests that cross
 * packages live in `test/`. Workspace imports map to TypeScript sources, so no build is needed first.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@accord/(governance|db|workflows|api)$': '<rootDir>/$1/src/index.ts',
  '^@accord/(governance|db|workflows|api)/(.*)$': '<rootDir>/$1/src/$2',
};

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  // Tests that create a throwaway database in a hook take a few seconds on a loaded 2-core machine,
  // longer than jest's default of 5 s.
  testTimeout: 30_000,
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{governance,db,workflows,api}/src/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
