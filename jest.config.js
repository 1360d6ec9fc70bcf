/** ESM + ts-jest: tests import the code under test after mocking the toolkit with jest.unstable_mockModule. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Integration suites start chronyd and local servers on fixed loopback ports; run files one at a time
  // so that ports and the 2-core machine are not oversubscribed.
  maxWorkers: 1,
};
