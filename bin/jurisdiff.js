#!/usr/bin/env node
import { createRequire } from 'node:module';

// Node 22.8+ caches compiled code between runs; older versions simply skip it.
createRequire(import.meta.url)('node:module').enableCompileCache?.();
await import('../dist/cli/entry.js');
