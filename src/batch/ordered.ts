// Run tasks with a bounded number in flight and hand the outcomes back in task order, each as soon as
// every earlier one is out: records stream in input order, and memory stays bounded however long
// the input is.
import type { Executor } from './pool.js';
import type { Outcome, Task } from './task.js';

export interface OrderedRun {
  /** Tasks handed out (every one of them was emitted unless interrupted). */
  started: number;
  interrupted: boolean;
}

export async function runOrdered(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  executor: Executor,
  inFlight: number,
  emit: (outcome: Outcome) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<OrderedRun> {
  const done = new Map<number, Outcome>();
  let nextToEmit = 0;
  let running = 0;
  let started = 0;
  let wake: (() => void) | null = null;
  const settled = () => new Promise<void>((resolve) => {
    wake = resolve;
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  const flush = async () => {
    while (!signal?.aborted && done.has(nextToEmit)) {
      const outcome = done.get(nextToEmit)!;
      done.delete(nextToEmit++);
      await emit(outcome);
    }
  };
  try {
    for await (const task of tasks) {
      if (signal?.aborted) break;
      while (running >= inFlight && !signal?.aborted) {
        await settled();
        await flush();
      }
      if (signal?.aborted) break;
      running++;
      started++;
      void executor.run(task).then((outcome) => {
        running--;
        done.set(outcome.seq, outcome);
        wake?.();
      });
      await flush();
    }
    while (running > 0 && !signal?.aborted) {
      await settled();
      await flush();
    }
    await flush();
    // a gap in the numbering would strand later outcomes: hand them out rather than lose them
    if (!signal?.aborted) for (const seq of [...done.keys()].sort((a, b) => a - b)) await emit(done.get(seq)!);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return { started, interrupted: !!signal?.aborted };
}
