// Executors run tasks: in this thread (one article, no time limit) or on a pool of worker threads.
// A worker that exceeds the time budget or dies is replaced; its article gets an error, the batch goes on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { budgetMs, tookTooLong } from './budget.js';
import type { Outcome, Task, TaskSettings } from './task.js';

export interface Executor {
  run(task: Task): Promise<Outcome>;
  /** Stop everything: running tasks are abandoned. */
  close(): Promise<void>;
}

/**
 * Runs tasks in the calling thread, one at a time (loads the extraction code on first use), each under
 * its time budget (`timeoutMs` as --timeout-ms gave it; undefined: the default budget; 0: none).
 */
export function inlineExecutor(settings: TaskSettings, timeoutMs?: number): Executor {
  return {
    async run(task) {
      const { runTask } = await import('./task.js');
      return runTask(task, settings, { guard: { timeoutMs } });
    },
    async close() {},
  };
}

const DIST_WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));
/** Beside an installed dist/: bin/worker.cjs starts a worker from the bundle, with its code cache. */
const BUNDLE_WORKER = fileURLToPath(new URL('../../bin/worker.cjs', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../breach-extract.cjs', import.meta.url));
const WORKER_ENTRY = existsSync(BUNDLE_WORKER) && existsSync(BUNDLE) ? BUNDLE_WORKER : DIST_WORKER;

/** Workers need the compiled entry next to this file; tests running TypeScript sources fall back to inline. */
export const workersAvailable = (): boolean => existsSync(DIST_WORKER);

/**
 * A worker's heap. Left alone, V8 lets each worker's heap grow far past what it holds live (~45 MB
 * after a few hundred articles): two workers peaked at 350–460 MB on the dev corpus. A bounded young
 * generation trades CPU for memory (a scavenge every few MB an article allocates): 8 MB kept a run at
 * 200 MB but cost 25–40% of throughput; 24 MB cost ~8%; 32 MB, chosen, ~5.5% less CPU than 24 MB on the
 * dev corpus at --jobs 2 (six alternating pairs, all in its favour) for ~38 MB more peak RSS (about 365
 * MB for the whole run, against 330). The old generation is sized from --max-bytes: a base for the libraries and a few
 * hundred articles' leftovers, plus HEAP_PER_ARTICLE_BYTE times the largest article a run accepts
 * (the largest live heap measured per byte of article, ordinary news and the hostile inputs of
 * scripts/bench-hostile.mjs, with room to spare: see the README's reliability section).
 */
export const WORKER_BASE_HEAP_MB = 160;
export const HEAP_PER_ARTICLE_BYTE = 80;
export const workerLimits = (maxBytes: number) => ({
  maxOldGenerationSizeMb: WORKER_BASE_HEAP_MB + Math.ceil((maxBytes * HEAP_PER_ARTICLE_BYTE) / (1024 * 1024)),
  maxYoungGenerationSizeMb: 32,
});

/** The longest delay setTimeout takes (a longer one fires at once, with a warning). */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Job {
  task: Task;
  resolve: (outcome: Outcome) => void;
  /** When it was handed to a worker (performance.now()). */
  began: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The article the worker runs (first), then the one handed to it ahead, waiting in its queue. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/**
 * Articles a worker holds at once: the one it runs and one handed over ahead, so it starts the next as
 * soon as it posts a record instead of idling until this thread answers (~3% of a busy worker's time
 * on two cores, more on a loaded machine). The time budget counts only for the one it runs.
 */
const PER_WORKER = 2;

export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;
  /** Workers that died before they were ready: after a few, the pool gives up instead of looping. */
  private startFailures = 0;

  private readonly limits: ReturnType<typeof workerLimits>;

  /** `timeoutMs` as --timeout-ms gave it: undefined for the default budget (by article size), 0 for none. */
  constructor(size: number, private readonly settings: TaskSettings, private readonly timeoutMs?: number) {
    this.limits = workerLimits(settings.maxBytes);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Task): Promise<Outcome> {
    if (this.closed) return Promise.resolve({ seq: task.seq, ok: false, internal: true, error: 'internal error: the workers could not start' });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve, began: 0 });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => {
      if (s.timer) clearTimeout(s.timer);
      return s.worker.terminate();
    }));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, { workerData: this.settings, stdout: false, stderr: false, resourceLimits: this.limits });
    const slot: Slot = { worker, ready: false, jobs: [], timer: null };
    worker.on('message', (message: Outcome | { ready: true } | { size: number }) => {
      if ('ready' in message) {
        slot.ready = true;
      } else if ('size' in message) {
        // the article is read: its budget, counted from when it was handed out, follows from its size
        if (slot.jobs.length > 0) this.arm(slot, budgetMs(this.timeoutMs, message.size));
        return;
      } else {
        this.finish(slot, message);
      }
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') this.replace(slot, `needs more memory than a worker may use (${this.limits.maxOldGenerationSizeMb} MB of heap, set from --max-bytes)`);
      else this.replace(slot, `internal error: ${error?.message ?? String(error)}`, error?.stack);
    });
    worker.on('exit', () => this.replace(slot, 'internal error: the worker stopped'));
    return slot;
  }

  private finish(slot: Slot, outcome: Outcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    // the article handed over ahead starts now: its budget, until its size is known, is the largest one's
    const next = slot.jobs[0];
    if (next) {
      next.began = performance.now();
      this.arm(slot, budgetMs(this.timeoutMs, this.settings.maxBytes));
    }
    job?.resolve(outcome);
  }

  /** The worker is gone (crashed, or terminated for time): fail its article and start a fresh one. */
  private replace(slot: Slot, error: string, stack?: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced, or the pool is closed
    const [job, ...ahead] = slot.jobs;
    slot.jobs = [];
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    // articles handed over ahead never started: they go back to the front of the queue
    this.queue.unshift(...ahead);
    if (job) job.resolve({ seq: job.task.seq, ok: false, internal: error.startsWith('internal error'), error, stack });
    if (this.closed) return;
    if (!slot.ready && ++this.startFailures >= 3) {
      // the workers cannot start (a broken install): fail what is queued rather than respawn forever
      this.closed = true;
      for (const queued of this.queue.splice(0)) queued.resolve({ seq: queued.task.seq, ok: false, internal: true, error, stack });
      return;
    }
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  /** (Re)start the slot's timer for its article's whole budget (ms, 0: none), counted from when it was handed out. */
  private arm(slot: Slot, budget: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs[0];
    if (!job || budget <= 0) return;
    const left = Math.min(MAX_TIMER_MS, Math.max(1, budget - (performance.now() - job.began)));
    slot.timer = setTimeout(() => this.replace(slot, tookTooLong(budget, this.timeoutMs !== undefined)), left);
  }

  private dispatch(): void {
    // idle workers first, then one article ahead for each busy one
    for (let depth = 0; depth < PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (!slot.ready || slot.jobs.length !== depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (depth === 0) {
          job.began = performance.now();
          // until the worker says how large the article is, the budget of the largest one allowed
          this.arm(slot, budgetMs(this.timeoutMs, this.settings.maxBytes));
        }
        slot.worker.postMessage(job.task);
      }
    }
  }
}
