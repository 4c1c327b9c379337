// Per-article time budgets (no extraction code here: the CLI and the pool's main thread import this
// without loading the NLP libraries).

/**
 * The time budget of one article when --timeout-ms is not given: 60 s, plus 30 s per MB of article.
 * Ordinary news costs about 10 s of CPU per MB on a small machine (bench:hostile's reference; a 5 MB
 * article 37 s in a worker), and the hostile inputs of scripts/bench-hostile.mjs at most 5 times the
 * same size of news: the budget leaves real articles about three times their need on a machine that
 * is not starved, and stops what would otherwise run for most of an hour. The budget is wall time: on
 * a machine shared far beyond its cores, raise it with --timeout-ms (0 for none).
 */
export const DEFAULT_BUDGET_BASE_MS = 60_000;
export const DEFAULT_BUDGET_MS_PER_MB = 30_000;
export const defaultBudgetMs = (bytes: number): number =>
  Math.min(MAX_TIMEOUT_MS, DEFAULT_BUDGET_BASE_MS + Math.ceil((bytes / (1024 * 1024)) * DEFAULT_BUDGET_MS_PER_MB));

/** The longest budget a timer can keep (setTimeout's limit, about 24.8 days): --timeout-ms's upper bound. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `--timeout-ms` as given (undefined: the default budget; 0: none) → this article's budget in ms (0: none). */
export const budgetMs = (timeoutMs: number | undefined, bytes: number): number => (timeoutMs === undefined ? defaultBudgetMs(bytes) : timeoutMs);

export const tookTooLong = (ms: number, given: boolean): string =>
  `took longer than ${ms} ms${given ? '' : ' (the default budget for its size)'} (raise it with --timeout-ms, 0 for none)`;
