/**
 * ESM + ts-jest: tests import the code under test after mocking the toolkit with jest.unstable_mockModule.
 *
 * Two projects. `unit` is pure code and literal data: its files run in parallel workers. `integration`
 * starts chronyd and local servers on fixed loopback ports and runs bundles in child processes: its files
 * must run one at a time. Jest's worker count is global, not per project, so `npm test` runs the two
 * tiers as two Jest runs (`test:unit` with every core, `test:integration` with one worker); a bare `jest`
 * stays on one worker so that it can never run two integration files at once.
 */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
};

export default {
  testTimeout: 60000,
  maxWorkers: 1,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      // Everything else under __tests__/ (integration/ today, and any new folder of real-server tests).
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/unit/'],
    },
  ],
};
