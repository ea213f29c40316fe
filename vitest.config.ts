import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships both ESM and CJS builds; Node resolves the CJS one for everybody, so the
  // tests must too, or CJS dependencies (graphql-scalars) and ESM code get two copies.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/support/instantEquality.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's module cache: the schema is built once per worker, not once per file.
    isolate: false,
    // Most tests wait on sockets and timers, not on the CPU: two workers even on two cores.
    maxWorkers: 2,
  },
});
