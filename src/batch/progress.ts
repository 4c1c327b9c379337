// Progress on stderr while a batch runs (only on a terminal), and the one-line summary at the end.
import type { Writable } from '../main.js';

export interface Tally {
  done: number;
  incidents: number;
  failed: number;
}

/** Redraws one line at most ten times a second: done/total, articles/s, ETA. */
export class ProgressLine {
  private lastDraw = 0;
  private drawn = false;
  private readonly began = performance.now();

  constructor(private readonly stream: Writable, private readonly total: number | undefined) {}

  update(tally: Tally): void {
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seen = tally.done + tally.failed;
    const secs = (now - this.began) / 1000;
    const rate = secs > 0 ? seen / secs : 0;
    const width = 24;
    let line: string;
    if (this.total) {
      const filled = Math.min(width, Math.round((seen / this.total) * width));
      const eta = rate > 0 ? Math.ceil((this.total - seen) / rate) : undefined;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${seen}/${this.total}  ${rate.toFixed(1)}/s  ETA ${eta === undefined ? '?' : formatSeconds(eta)}`;
    } else {
      line = `${seen} articles  ${rate.toFixed(1)}/s`;
    }
    if (tally.failed) line += `  ${tally.failed} failed`;
    this.stream.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }

  /** Erase the line (before other stderr output, and at the end). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
    this.lastDraw = 0;
  }
}

export function summaryLine(tally: Tally, seconds: number, interrupted: { total?: number } | null): string {
  const articles = tally.done + tally.failed;
  const counts = `${articles} ${articles === 1 ? 'article' : 'articles'}, ${tally.incidents} ${tally.incidents === 1 ? 'incident' : 'incidents'}, ${tally.failed} failed, ${seconds.toFixed(1)} s`;
  if (!interrupted) return counts;
  return `interrupted: ${articles}${interrupted.total !== undefined ? ` of ${interrupted.total}` : ''} articles done (${counts})`;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
