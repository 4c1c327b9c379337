// Executors run tasks: in this thread (one article, no time limit) or on a pool of worker threads.
// A worker that exceeds the time budget or dies is replaced; its article gets an error, the batch goes on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome, Task, TaskSettings } from './task.js';

export interface Executor {
  run(task: Task): Promise<Outcome>;
  /** Stop everything: running tasks are abandoned. */
  close(): Promise<void>;
}

/** Runs tasks in the calling thread, one at a time (loads the extraction code on first use). */
export function inlineExecutor(settings: TaskSettings): Executor {
  return {
    async run(task) {
      const { runTask } = await import('./task.js');
      return runTask(task, settings);
    },
    async close() {},
  };
}

const WORKER_ENTRY = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Workers need the compiled entry next to this file; tests running TypeScript sources fall back to inline. */
export const workersAvailable = (): boolean => existsSync(WORKER_ENTRY);

/**
 * A worker's heap. Left alone, V8 lets each worker's heap grow far past what it holds live (~45 MB
 * after a few hundred articles): two workers peaked at 350–460 MB on the dev corpus. A 24 MB young
 * generation keeps them near 240 MB for ~8% of throughput (8 MB kept 200 MB but cost 25–40%, in
 * scavenges). The old generation still leaves room for a 10 MB article (the --max-bytes default).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 24 };

interface Job {
  task: Task;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;
  /** Workers that died before they were ready: after a few, the pool gives up instead of looping. */
  private startFailures = 0;

  constructor(size: number, private readonly settings: TaskSettings, private readonly timeoutMs?: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Task): Promise<Outcome> {
    if (this.closed) return Promise.resolve({ seq: task.seq, ok: false, internal: true, error: 'internal error: the workers could not start' });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
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
    const worker = new Worker(WORKER_ENTRY, { workerData: this.settings, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (message: Outcome | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
      } else {
        this.finish(slot, message);
      }
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') this.replace(slot, `needs more memory than a worker may use (${WORKER_LIMITS.maxOldGenerationSizeMb} MB of heap)`);
      else this.replace(slot, `internal error: ${error?.message ?? String(error)}`, error?.stack);
    });
    worker.on('exit', () => this.replace(slot, 'internal error: the worker stopped'));
    return slot;
  }

  private finish(slot: Slot, outcome: Outcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(outcome);
  }

  /** The worker is gone (crashed, or terminated for time): fail its article and start a fresh one. */
  private replace(slot: Slot, error: string, stack?: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced, or the pool is closed
    const job = slot.job;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
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

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      if (this.timeoutMs) {
        slot.timer = setTimeout(() => this.replace(slot, `took longer than ${this.timeoutMs} ms (raise it with --timeout-ms)`), this.timeoutMs);
      }
      slot.worker.postMessage(job.task);
    }
  }
}
