import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compiledEntryPath, textHash, type CompiledEntry } from './compiled.js';
import { loadFile, type LoadedFile } from './load-file.js';
import { readDataFile } from './read-file.js';
import { Jurisdiction } from '../schema/jurisdiction.js';
import { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { z } from 'zod';

/**
 * Writes the precompiled store of a data folder (see compiled.ts), loading every file the full
 * way. Files that do not load are left out: a query on them parses the YAML and reports why.
 * Returns how many files were compiled.
 */
export function writeCompiledStore(dataDir: string, storeDir: string): number {
  let written = 0;
  const compile = (name: string, path: string, schema: z.ZodType) => {
    const read = readDataFile(path);
    if (!read.ok) return;
    const loaded: LoadedFile<unknown> = loadFile(path, schema);
    if (loaded.value === undefined || !survivesJson(loaded.value)) return;
    const entry: CompiledEntry = {
      hash: textHash(read.text),
      value: loaded.value,
      diagnostics: loaded.diagnostics.map(({ file: _file, ...rest }) => rest),
    };
    const out = compiledEntryPath(storeDir, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(entry));
    written++;
  };
  for (const name of readdirSync(dataDir)) {
    if (name.endsWith('.yaml') && !name.startsWith('.')) compile(name.slice(0, -'.yaml'.length), join(dataDir, name), Jurisdiction);
  }
  compile('_registry/offences', join(dataDir, '_registry', 'offences.yaml'), OffenceRegistry);
  compile('_registry/treaties', join(dataDir, '_registry', 'treaties.yaml'), TreatyRegistry);
  return written;
}

/** True when JSON.parse(JSON.stringify(value)) gives back exactly the same data. */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([key, v]) => key !== '__proto__' && v !== undefined && survivesJson(v));
  }
  return false;
}
