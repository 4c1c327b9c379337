// A worker thread's task loop: loads the NLP libraries once, then runs tasks one at a time for the pool
// in src/batch/pool.ts. Started by src/batch/worker.ts (from dist/) or bin/worker.cjs (from the bundle).
import type { MessagePort } from 'node:worker_threads';
import { compromise } from '../nlp.js';
import { runTask, type Task, type TaskSettings } from './task.js';

export function serveTasks(port: MessagePort, settings: TaskSettings): void {
  // load the tagger before saying ready, so --timeout-ms measures articles, not library start-up
  compromise();
  // one article at a time, in the order handed over (the pool may hand over the next one ahead)
  const queue: Task[] = [];
  let running = false;
  async function drain(): Promise<void> {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      port.postMessage(await runTask(task, settings, { syncRead: true, onSize: (size) => port.postMessage({ size }) }));
    }
    running = false;
  }
  port.on('message', (task: Task) => {
    queue.push(task);
    if (!running) void drain();
  });
  port.postMessage({ ready: true });
}
