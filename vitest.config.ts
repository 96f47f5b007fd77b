import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Test databases on a server are named after this run (see test/helpers/server-database.ts).
process.env.SIDESTREAM_TEST_RUN_PID ??= String(process.pid);

const databaseTests = ['test/server/**/*.test.ts', 'test/db/**/*.db.test.ts'];
const processTests = ['test/server/**/*.process.test.ts'];
const serverUnitTests = ['test/server/**/*.unit.test.ts'];

const serverProject: TestProjectInlineConfiguration[] = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true,
        test: {
          name: 'server',
          include: databaseTests,
          exclude: [...processTests, ...serverUnitTests],
          globalSetup: ['test/helpers/global-setup-server.ts'],
          env: { SIDESTREAM_TEST_DB: 'server' },
        },
      },
    ]
  : [];
if (serverProject.length === 0) {
  console.warn(
    '[vitest] TEST_DATABASE_URL is not set: the database suites run on PGlite only, not on a Postgres server.',
  );
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Both cores: the default (one fewer than the cores) runs every file one after another on a
    // 2-core machine. Database files mostly wait on PGlite or the server, so two at once pay off.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/shared/**/*.test.ts', 'test/db/**/*.test.ts', ...serverUnitTests],
          exclude: ['test/db/**/*.db.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: databaseTests,
          exclude: [...processTests, ...serverUnitTests],
          globalSetup: ['test/helpers/global-setup-pglite.ts'],
          env: { SIDESTREAM_TEST_DB: 'pglite' },
        },
      },
      ...serverProject,
      {
        extends: true,
        // Tests that start the real server as a child process, once, whatever the database.
        test: { name: 'process', include: processTests, testTimeout: 90_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // Each file starts its own server on a free port with its own DATA_DIR and browser, so two can run at once.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
