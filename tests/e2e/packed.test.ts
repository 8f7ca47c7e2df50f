import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA, ROOT } from './run-cli.js';

/**
 * The library as another program uses it: the package as `npm pack` ships it, installed into a fresh project: catches a file missing from
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

  it('loads the bundled data, compares, looks up and validates without touching the terminal', () => {
    const script = `
      import { loadDataset, openDataset, compare, lookupJurisdiction, validateDataset, bySeverity } from 'jurisdiff';
      const dataset = loadDataset();
      const table = compare(dataset, ['jp', 'sg', 'sa'], { offences: ['distribution'], fields: ['penalties'] });
      const us = lookupJurisdiction(dataset, 'us');
      const unknown = lookupJurisdiction(dataset, 'xx-nowhere');
      // The small fixture folder: the whole world is validated by the CLI tests already.
      const report = validateDataset(openDataset(${JSON.stringify(join(ROOT, FIXTURE_DATA))}), { today: '2099-12-31' });
      const records = ['us', 'jp', 'sg'].map((id) => lookupJurisdiction(dataset, id).resolved.record);
      console.log(JSON.stringify({
        ids: table.ids,
        labels: table.rows.map((r) => r.label),
        production: us.ok && us.resolved.record.offences.production.imprisonment,
        unknown: unknown.ok ? 'found' : unknown.diagnostics.map((d) => d.rule),
        errors: report.diagnostics.filter((d) => d.severity === 'error').length,
        files: report.files,
        order: bySeverity(records, 'production').map((r) => r.id),
      }));`;
    const result = JSON.parse(run(['--input-type=module', '-e', script]));
    expect(result.ids).toEqual(['jp', 'sg', 'sa']);
    expect(result.labels).toContain('Imprisonment');
    expect(result.production).toEqual({ min: '15y', max: '30y' });
    // The documented contract: an unknown id is a diagnostic, not an exception.
    expect(result.unknown).toEqual(['ref/unknown-jurisdiction']);
    expect(result.errors).toBe(0);
    expect(result.files).toBe(3);
    expect(result.order[0]).toBe('us');
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
