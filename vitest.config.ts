import { defineConfig } from "vitest/config";

export default defineConfig({
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
