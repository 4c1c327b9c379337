import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the CLI tests spawn the real bin and the schema test reads the dev corpus when ../shared exists
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // each worker loads compromise; the CLI and corpus tests are CPU-bound and the extractor tests time
    // themselves on hostile input: two workers keep a small machine from starving those timings
    pool: 'forks',
    maxWorkers: 2,
  },
});
