#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json), which starts sooner than an ES module. Runs the bundled CLI,
// dist/cli/cli.cjs, from the V8 code cache the build made for it (dist/cli/code-cache.cjs).
const { join } = require('node:path');

// Node 22.8+ caches compiled modules between runs by itself; older versions skip this.
require('node:module').enableCompileCache?.();
require('../dist/cli/code-cache.cjs').load(join(__dirname, '..', 'dist', 'cli', 'cli.cjs'));
