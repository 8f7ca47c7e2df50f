// Bundles the CLI and the library; precompiles the bundled data; emits type declarations.
//
// dist/cli/cli.cjs         the CLI, without the YAML parser and zod; bin/jurisdiff.js runs it
// dist/cli/load.cjs        src/load/heavy.ts (YAML parser, zod, loaders), loaded on first use
// dist/cli/*.cache         V8 code caches of both, made by running a few commands
// dist/cli/code-cache.cjs  runs a bundle from its code cache (bin/jurisdiff.js, load.cjs, worker)
// dist/cli/validate-worker.cjs   starts a worker thread of `validate` on large folders
// dist/data/*.json         the bundled data, checked and compiled (src/load/compiled.ts)
// dist/lib/index.js        the library
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { JURISDIFF_VERSION: JSON.stringify(pkg.version) },
  // commander and cli-table3 are CommonJS and call require(); ESM bundles need one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/**
 * The CLI bundle holds neither the YAML parser nor zod: these modules are swapped for stubs
 * that call the same functions in dist/cli/load.cjs (a CommonJS build of src/load/heavy.ts),
 * loaded on first call. Constants come from zod-free modules. A module here that gains an
 * export the CLI uses fails the build ("No matching export") until its stub offers it too.
 */
const RUNTIME = readFileSync(new URL('bundle/runtime.mjs', import.meta.url), 'utf8');

const forward = (names) => `import { get } from 'jurisdiff:runtime';\n${names.map((name) => `export function ${name}(...args) { return get().${name}(...args); }`).join('\n')}\n`;
const HEAVY_FUNCTIONS = ['lazyParsed', 'loadDataFile', 'loadFile', 'parseDataText', 'parseYaml', 'writeCompiledStore', 'canonicalize', 'jurisdictionJsonSchema'];
const src = (path) => resolve(root, path);
const STUBS = new Map([
  [
    src('src/load/heavy.ts'),
    `${forward(HEAVY_FUNCTIONS)}import { cli } from 'jurisdiff:runtime';
import { join } from 'node:path';
export function compiledStoreDir() { return join(cli, '..', 'data'); }
export function validateWorkerScript() { return join(cli, 'validate-worker.cjs'); }
`,
  ],
  [src('src/load/canonical.ts'), `${forward(['canonicalize'])}export { MODELINE, MODELINE_PATTERN } from ${JSON.stringify(src('src/load/modeline.ts'))};\n`],
  [src('src/schema/json-schema.ts'), forward(['jurisdictionJsonSchema'])],
  [src('src/schema/jurisdiction.ts'), `export { COMBINATIONS, CORPORAL_KINDS, JURISDICTION_KINDS, LEGAL_SYSTEMS, REGIONS, TREATY_STATUSES } from ${JSON.stringify(src('src/schema/patterns.ts'))};\n`],
]);

const cliPlugin = {
  name: 'jurisdiff-cli',
  setup(b) {
    b.onResolve({ filter: /^jurisdiff:runtime$/ }, () => ({ path: 'runtime', namespace: 'jurisdiff' }));
    b.onLoad({ filter: /^runtime$/, namespace: 'jurisdiff' }, () => ({ contents: RUNTIME, loader: 'js', resolveDir: root }));
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.importer === '' || !args.path.startsWith('.')) return undefined;
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return STUBS.has(target) ? { path: target, namespace: 'jurisdiff-stub' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'jurisdiff-stub' }, (args) => ({ contents: STUBS.get(args.path), loader: 'js', resolveDir: root }));
    // The CLI always sets chalk's colour level itself (src/render/style.ts); chalk's own terminal
    // detection is never used, so leave it out rather than load it.
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color-stub', namespace: 'jurisdiff' }));
    b.onLoad({ filter: /^supports-color-stub$/, namespace: 'jurisdiff' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
    // ansi-regex builds a new RegExp on every call, and cli-table3 (through strip-ansi) calls it
    // for every cell it measures. Its only caller here uses it in String#replace, which starts at
    // 0 whatever lastIndex is, so one RegExp per flag does the same job.
    b.onLoad({ filter: /[\\/]node_modules[\\/]ansi-regex[\\/]index\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(/module\.exports = \(\{onlyFirst = false\} = \{\}\) => \{([\s\S]*?)return new RegExp\(pattern, onlyFirst \? undefined : 'g'\);\n\};/, (_, body) =>
        `const cache = new Map();\nmodule.exports = ({onlyFirst = false} = {}) => {\n\tif (!cache.has(onlyFirst)) {${body}cache.set(onlyFirst, new RegExp(pattern, onlyFirst ? undefined : 'g'));\n\t}\n\tconst regex = cache.get(onlyFirst);\n\tregex.lastIndex = 0;\n\treturn regex;\n};`);
      return { contents: patched, loader: 'js' };
    });
    // commander loads child_process (and with it net, dgram, streams) for subcommands that are
    // separate executables, which this CLI has none of: load it when first used, not at start.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process-lazy', namespace: 'jurisdiff' } : undefined,
    );
    b.onLoad({ filter: /^child-process-lazy$/, namespace: 'jurisdiff' }, () => ({
      contents: "let real;\nconst load = () => (real ??= require('node:child_process'));\nmodule.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n",
      loader: 'js',
    }));
    // string-width measures every cell cli-table3 draws, running a regex of every emoji over it.
    // Text made only of printable ASCII, Latin, IPA and general punctuation (less the zero-width
    // and bidi marks and the emoji © ® ‼ ⁉) is one column a character: answer that at once.
    // (Checked: string-width gives 1 for each of these characters and finds no emoji in any pair.)
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const simple = String.raw`/^[\x20-\x7E\xA0-\xA8\xAA-\xAD\xAF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E]*$/`;
      const patched = source.replace("\tstring = string.replace(emojiRegex(), '  ');", `\tif (${simple}.test(string)) {\n\t\treturn string.length;\n\t}\n\n\tstring = string.replace(emojiRegex(), '  ');`);
      return { contents: patched, loader: 'js' };
    });
  },
};

const cjs = {
  ...common,
  format: 'cjs',
  banner: {},
  // Bundled modules that look for files next to themselves (paths.ts) get this file's URL.
  define: { ...common.define, 'import.meta.url': '__jurisdiff_url' },
};
const cjsBanner = { js: "const __jurisdiff_url = require('node:url').pathToFileURL(__filename).href;" };

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await Promise.all([
  // One file, so that one code cache covers it; each command's modules are still initialised only when it runs.
  build({ ...cjs, banner: { js: `"use strict";\n${cjsBanner.js}` }, entryPoints: { cli: 'src/cli/entry.ts' }, outdir: 'dist/cli', outExtension: { '.js': '.cjs' }, plugins: [cliPlugin] }),
  build({ ...cjs, banner: cjsBanner, entryPoints: { load: 'src/load/heavy.ts' }, outdir: 'dist/cli', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist/lib', packages: 'external', banner: {} }),
]);

// Runs a CommonJS bundle from its V8 code cache (the CLI, load.cjs and the worker go through it),
// and starts validate's worker threads.
copyFileSync(resolve(root, 'scripts/bundle/code-cache.cjs'), resolve(root, 'dist/cli/code-cache.cjs'));
copyFileSync(resolve(root, 'scripts/bundle/validate-worker.cjs'), resolve(root, 'dist/cli/validate-worker.cjs'));

// The stub must offer every function the real module has, or a command would fail at run time.
const heavy = createRequire(import.meta.url)(resolve(root, 'dist/cli/load.cjs'));
const missing = Object.keys(heavy).filter((name) => typeof heavy[name] === 'function' && !HEAVY_FUNCTIONS.includes(name) && !['compiledStoreDir', 'validateWorkerScript', 'runWorker'].includes(name));
if (missing.length > 0) throw new Error(`scripts/build.mjs: add ${missing.join(', ')} to HEAVY_FUNCTIONS`);

// The point of the stubs: no command's start-up pays for the YAML parser or zod.
if (/\/\/ node_modules\/(zod|yaml)\//.test(readFileSync(resolve(root, 'dist/cli/cli.cjs'), 'utf8'))) {
  throw new Error('scripts/build.mjs: dist/cli/cli.cjs contains zod or yaml; route the import through src/load/heavy.ts');
}

// Precompile the bundled data for queries (files that do not load are left to the YAML path).
heavy.writeCompiledStore(resolve(root, 'jurisdictions'), resolve(root, 'dist/data'));

// The code caches: run a few commands, each adding the code it compiled (see scripts/bundle/code-cache.cjs).
for (const args of [['--help'], ['show', 'us'], ['compare', 'us', 'jp', 'sg', 'sa'], ['diff', 'de', 'fr'], ['list'], ['treaties'], ['coverage'], ['validate']]) {
  spawnSync(process.execPath, [resolve(root, 'bin/jurisdiff.js'), ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, JURISDIFF_WRITE_CODE_CACHE: '1', NO_COLOR: '1' } });
}

for (const cache of ['cli.cache', 'load.cache']) {
  if (!existsSync(resolve(root, 'dist/cli', cache))) console.warn(`scripts/build.mjs: dist/cli/${cache} was not made; the CLI works, only starts slower`);
}

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
