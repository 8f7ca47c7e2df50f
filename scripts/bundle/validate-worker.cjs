'use strict';
// The worker thread of `validate` (src/validate/worker.ts), run from load.cjs and its code cache.
const { join } = require('node:path');
const { workerData } = require('node:worker_threads');
require('./code-cache.cjs').load(join(__dirname, 'load.cjs')).runWorker(workerData);
