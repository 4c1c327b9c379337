import { defineConfig } from 'vitest/config';

// `npm test`: the unit tables, the golden fixtures and a few CLI cases through the bin (test/cli-smoke),
// in about a minute. The slow suites (the whole CLI table in and out of process, streams, signals, fuzz,
// the corpora) are under test/e2e/ and run with `npm run test:e2e` (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // each worker loads compromise; the extractor tests time themselves on hostile input: two workers
    // keep a small machine from starving those timings
    pool: 'forks',
    maxWorkers: 2,
  },
});
