// Preloaded (NODE_OPTIONS=--require) into a measured Node process: on exit, appends the peak
// resident set size of the whole process, worker threads included, to $JURISDIFF_BENCH_RSS.
const { appendFileSync } = require('node:fs');

const out = process.env.JURISDIFF_BENCH_RSS;
if (out && require('node:worker_threads').isMainThread) {
  process.on('exit', () => {
    // maxRSS is in kibibytes.
    appendFileSync(out, `${process.resourceUsage().maxRSS}\n`);
  });
}
