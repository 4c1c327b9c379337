// Worker thread entry: loads the extraction code and the NLP libraries once, then runs tasks one at a
// time for the pool in src/batch/pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { compromise } from '../nlp.js';
import { runTask, type Task, type TaskSettings } from './task.js';

const settings = workerData as TaskSettings;
const port = parentPort!;

// load the tagger before saying ready, so --timeout-ms measures articles, not library start-up
compromise();
port.on('message', async (task: Task) => {
  port.postMessage(await runTask(task, settings, { onSize: (size) => port.postMessage({ size }) }));
});
port.postMessage({ ready: true });
