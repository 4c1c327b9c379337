// Timing for the scale tests: they compare a small and a large input in one run, so only ratios count.

/** Least time of `runs` calls (the least is the one least disturbed by other work on the machine). */
export function fastest(runs: number, f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
