#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json), which starts sooner than an ES module; runs the bundled CLI.
// Node 22.8+ caches compiled code between runs by itself; older versions skip this.
require('node:module').enableCompileCache?.();
require('../dist/cli/cli.cjs');
