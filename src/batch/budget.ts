// Per-article time budgets (no extraction code here: the CLI and the pool's main thread import this
// without loading the NLP libraries).

/**
 * The time budget of one article when --timeout-ms is not given: 60 s, plus 15 s per MB of article.
 * Ordinary news is read at about 0.15 MB/s on a small shared machine (a 10 MB article, the --max-bytes
 * default, in about 70 s), and the hostile inputs of scripts/bench-hostile.mjs within 5 times that:
 * the budget stops what would otherwise run for most of an hour, and no real article.
 */
export const DEFAULT_BUDGET_BASE_MS = 60_000;
export const DEFAULT_BUDGET_MS_PER_MB = 15_000;
export const defaultBudgetMs = (bytes: number): number =>
  Math.min(MAX_TIMEOUT_MS, DEFAULT_BUDGET_BASE_MS + Math.ceil((bytes / (1024 * 1024)) * DEFAULT_BUDGET_MS_PER_MB));

/** The longest budget a timer can keep (setTimeout's limit, about 24.8 days): --timeout-ms's upper bound. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `--timeout-ms` as given (undefined: the default budget; 0: none) → this article's budget in ms (0: none). */
export const budgetMs = (timeoutMs: number | undefined, bytes: number): number => (timeoutMs === undefined ? defaultBudgetMs(bytes) : timeoutMs);

export const tookTooLong = (ms: number, given: boolean): string =>
  `took longer than ${ms} ms${given ? '' : ' (the default budget for its size)'} (raise it with --timeout-ms, 0 for none)`;
