// A worker thread's task loop: loads the NLP libraries once, then runs tasks one at a time for the pool
// in src/batch/pool.ts. Started by src/batch/worker.ts (from dist/) or bin/worker.cjs (from the bundle).
import type { MessagePort } from 'node:worker_threads';
import { compromise } from '../nlp.js';
import { runTask, type Task, type TaskSettings } from './task.js';

/** Articles a worker runs before `warmedUp` is called: by then it has compiled nearly all the code it runs. */
const WARM_UP_TASKS = 20;

/** `warmedUp`, if given, is called once, after the first WARM_UP_TASKS articles (bin/worker.cjs writes its code cache then). */
export function serveTasks(port: MessagePort, settings: TaskSettings, warmedUp?: () => void): void {
  // load the tagger before saying ready, so --timeout-ms measures articles, not library start-up
  compromise();
  // one article at a time, in the order handed over (the pool may hand over the next one ahead)
  const queue: Task[] = [];
  let running = false;
  let done = 0;
  async function drain(): Promise<void> {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      port.postMessage(await runTask(task, settings, { syncRead: true, onSize: (size) => port.postMessage({ size }) }));
      if (++done === WARM_UP_TASKS) warmedUp?.();
    }
    running = false;
  }
  port.on('message', (task: Task) => {
    queue.push(task);
    if (!running) void drain();
  });
  port.postMessage({ ready: true });
}
