import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the CLI tests spawn the real bin and the schema test reads the dev corpus when ../shared exists
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // golden/CLI/schema tests load compromise once per worker: a few workers are plenty on a small machine
    pool: 'forks',
    maxWorkers: 4,
  },
});
