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
  roots: ['<rootDir>/test', '<rootDir>/rules', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
