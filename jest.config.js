/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Many tests run the built CLI, a language server or git in a child process: on a loaded 2-core
  // machine one of those can take several seconds. No test measures time, so the limit only
  // catches a hang.
  testTimeout: 60_000,
  roots: ['<rootDir>/test', '<rootDir>/rules', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
