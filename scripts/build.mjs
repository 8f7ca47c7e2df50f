// Bundles the CLI and the library and emits type declarations.
//
// dist/cli/cli.cjs   the CLI with its dependencies in one file (bin/jurisdiff.js runs it)
// dist/lib/index.js  the library, dependencies left as imports
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { JURISDIFF_VERSION: JSON.stringify(pkg.version) },
};

const withTypes = !process.argv.includes('--no-types');
// A full build starts from nothing; a quick one (the test setup's) rebuilds the bundles and keeps
// the declarations that `npm ci` emitted, which the packed-tarball test type-checks against.
if (withTypes) rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await Promise.all([
  // CommonJS starts sooner than an ES module; modules that look for files beside themselves
  // (src/load/paths.ts) get this file's URL.
  build({
    ...common,
    format: 'cjs',
    entryPoints: { cli: 'src/cli/entry.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.cjs' },
    define: { ...common.define, 'import.meta.url': '__jurisdiff_url' },
    banner: { js: "const __jurisdiff_url = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({ ...common, format: 'esm', entryPoints: { index: 'src/index.ts' }, outdir: 'dist/lib', packages: 'external' }),
]);

if (withTypes) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
