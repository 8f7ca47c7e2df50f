import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

/**
 * The package as `npm pack` ships it, installed into a fresh project: catches a file missing from
 * `files`, an export map pointing nowhere, or a type entry that does not resolve. The dependencies
 * are linked from this checkout, so the test needs no network.
 */
describe('packed tarball', () => {
  let project: string;
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'jurisdiff-packed-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' }));
    const installed = join(project, 'node_modules', 'jurisdiff');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, packed.filename), '-C', installed, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies)) symlinkSync(join(ROOT, 'node_modules', dependency), join(project, 'node_modules', dependency), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  }, 60_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('imports the library, reads the bundled data and returns diagnostics for an unknown id', () => {
    const script = `
      import { loadDataset, lookupJurisdiction } from 'jurisdiff';
      const dataset = loadDataset();
      const us = lookupJurisdiction(dataset, 'us');
      const unknown = lookupJurisdiction(dataset, 'xx-nowhere');
      console.log(JSON.stringify({
        production: us.ok && us.resolved.record.offences.production.imprisonment,
        unknown: unknown.ok ? 'found' : unknown.diagnostics.map((d) => d.rule),
      }));`;
    const result = JSON.parse(run(['--input-type=module', '-e', script]));
    expect(result.production).toEqual({ min: '15y', max: '30y' });
    expect(result.unknown).toEqual(['ref/unknown-jurisdiction']);
  });

  it('runs the installed command on its own data', () => {
    const us = JSON.parse(run([join('node_modules', 'jurisdiff', 'bin', 'jurisdiff.js'), 'show', 'us', '--json']));
    expect(us.id).toBe('us');
  });

  it('type-checks a consumer against the shipped declarations', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'jurisdiff', 'package.json'), 'utf8'));
    expect(existsSync(join(project, 'node_modules', 'jurisdiff', manifest.exports['.'].types)), 'the types entry is in the tarball (npm run build emits it)').toBe(true);
    // One compiler run over a right and a wrong use: the check passes the one and has teeth for the other.
    // skipLibCheck: the declarations themselves are checked by `npm run typecheck`; here only their resolution and shape matter.
    writeFileSync(join(project, 'right.ts'), `import { loadDataset, lookupJurisdiction, type Lookup } from 'jurisdiff';\nconst found: Lookup = lookupJurisdiction(loadDataset(), 'us');\nexport const ok: boolean = found.ok;\n`);
    writeFileSync(join(project, 'wrong.ts'), `import { lookupJurisdiction } from 'jurisdiff';\nlookupJurisdiction('us');\n`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const checked = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'right.ts', 'wrong.ts'], { cwd: project, encoding: 'utf8' });
    const errors = checked.stdout.split('\n').filter((line) => /error TS/.test(line));
    expect(errors.map((line) => line.replace(/\(.*$/, '') + ' ' + /TS\d+/.exec(line)?.[0])).toEqual(['wrong.ts TS2554']);
  });
});
