/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Many tests run the built CLI, a language server or git in a child process: on a loaded 2-core
  // machine one of those can take several seconds. No test measures time, so the limit only
  // catches a hang.
  testTimeout: 60_000,
  // Jest's default is one worker fewer than the cores: on 2 cores, one, and the other core idles
  // while that worker waits for the processes its tests start. Two keep both busy.
  maxWorkers: 2,
  // The CLI built once for the test files that run it as users do.
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  roots: ['<rootDir>/test', '<rootDir>/rules', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  // swc only strips types (npm test's `tsc --noEmit` checks them): a clean clone's cold transform
  // costs a fraction of ts-jest's.
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
