import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the slow end-to-end suites under test/e2e/ (the whole CLI table in-process and
// through the bin, 10,000-line streams, signals and pipes, fuzzing, the cluster recipe, the corpora in
// ../shared when it is there). `npm test` runs the fast rest (vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
