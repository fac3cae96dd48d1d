import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql in tests, as under Node: Node loads graphql's CommonJS build for `import "graphql"` (it has
  // no "exports" map), and CommonJS dependencies (graphql-jit) require it too; Vite alone would pick the
  // ESM build for our files, and a schema from one copy cannot be run by the other.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Each test file gets its own database (a copy of one migrated template), so files run in parallel.
    pool: "forks",
    maxWorkers: 2,
    // Some scenarios (several mail workers, real processes) take tens of seconds on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
