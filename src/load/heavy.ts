/**
 * Everything that needs the YAML parser or the schema library, behind one door. The CLI bundle
 * swaps this module for a stub (scripts/build.mjs) that loads a CommonJS build of it,
 * dist/cli/load.cjs, on first use: commands that need no YAML, such as `show` and `compare`
 * on the bundled data, never load either library.
 */
export { lazyParsed, loadDataFile, loadFile, parseDataText, parseYaml, type DataKind, type LoadedFile, type ParsedYaml } from './load-file.js';
export { writeCompiledStore } from './compiled-build.js';
export { canonicalize } from './canonical.js';
export { jurisdictionJsonSchema } from '../schema/json-schema.js';
export { runWorker } from '../validate/worker.js';

/** The build's precompiled copy of the bundled data (compiled.ts); none when running from source. */
export function compiledStoreDir(): string | undefined {
  return undefined;
}

/** The script `validate` runs on other cores; none when running from source. */
export function validateWorkerScript(): string | undefined {
  return undefined;
}
