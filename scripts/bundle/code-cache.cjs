'use strict';
// Runs a CommonJS file of this folder as require() would, but from the V8 code cache the build
// made for it (<name>.cache): V8 takes compiled code instead of compiling the source, so the
// program starts sooner. A cache V8 cannot use (another Node version, say) is ignored and the
// source compiled as usual; without one, nothing changes but the time.
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

exports.load = function load(file) {
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  // The build runs a few commands with this set, each adding the code it compiled to the cache.
  if (process.env.JURISDIFF_WRITE_CODE_CACHE === '1' && require('node:worker_threads').isMainThread) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  return module.exports;
};
