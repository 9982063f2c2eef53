// Two tiers, named by file suffix: *.unit.spec.ts touch nothing outside the process;
// *.int.spec.ts / *.e2e.spec.ts talk to the real PostgreSQL and Redis of this machine.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  // Integration suites start the real app against PostgreSQL and Redis: give them room.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,seeds,test}/**/*.unit.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,seeds,test}/**/*.{int,e2e}.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
