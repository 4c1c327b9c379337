// Worker thread entry when running from dist/ (the bundle's workers start from bin/worker.cjs instead).
import { parentPort, workerData } from 'node:worker_threads';
import { serveTasks } from './serve.js';
import type { TaskSettings } from './task.js';

serveTasks(parentPort!, workerData as TaskSettings);
