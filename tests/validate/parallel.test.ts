import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { openDataset } from '../../src/load/dataset.js';
import { loadFile } from '../../src/load/load-file.js';
import { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { JURISDICTION_ID } from '../../src/schema/patterns.js';
import { compareDiagnostics, type Diagnostic } from '../../src/validate/diagnostic.js';
import { checkJurisdiction } from '../../src/validate/rules.js';
import { validateDataset } from '../../src/validate/validate.js';
import { ROOT } from '../e2e/run-cli.js';

const TODAY = '2026-11-28';

/** validateDataset as it was first written: every file through the full parser, then the rules with every kind known. */
function reference(dir: string): Diagnostic[] {
  const dataset = openDataset(dir);
  const registries = dataset.registries();
  const diagnostics: Diagnostic[] = [...registries.offences.diagnostics, ...registries.treaties.diagnostics];
  for (const entry of dataset.otherEntries()) {
    const file = join(dir, entry).replace(`${process.cwd()}/`, '');
    diagnostics.push({ rule: 'file/extension', severity: 'warning', file, line: 1, column: 1, path: [], message: `${file} is not read: data files end in ".yaml"` });
  }
  const loaded = dataset.allStems().map((stem) => ({ id: stem, ...loadFile(dataset.pathOf(stem)!, Jurisdiction) }));
  const kinds = new Map(loaded.map((file) => [file.id, file.value?.kind]));
  for (const file of loaded) {
    diagnostics.push(...file.diagnostics);
    if (!JURISDICTION_ID.test(file.id)) {
      diagnostics.push({ rule: 'id/file-name', severity: 'error', file: file.file, line: 1, column: 1, path: [], message: `file name "${file.id}.yaml" is not a jurisdiction id (lower-case ISO 3166 such as "de" or "gb-ew")` });
    }
    if (!file.value || !file.parsed) continue;
    diagnostics.push(...checkJurisdiction(file.value, file.parsed, { stem: file.id, today: TODAY, maxAgeDays: 400, offences: registries.offences.value, treaties: registries.treaties.value, kinds }));
  }
  return diagnostics.sort(compareDiagnostics);
}

describe('validate on a large folder', () => {
  let dir: string;

  beforeAll(() => {
    // 700 generated files (enough for worker threads), the bundled data, every broken fixture,
    // and parents that are missing, broken or themselves subdivisions, across batch boundaries.
    dir = join(mkdtempSync(join(tmpdir(), 'jurisdiff-parallel-')), 'data');
    generate(dir, 700);
    for (const name of readdirSync(join(ROOT, 'jurisdictions'))) {
      if (name.endsWith('.yaml')) copyFileSync(join(ROOT, 'jurisdictions', name), join(dir, name));
    }
    const invalid = join(ROOT, 'tests/fixtures/invalid');
    readdirSync(invalid).forEach((name, i) => {
      for (const file of readdirSync(join(invalid, name))) {
        if (/\.ya?ml$/.test(file)) copyFileSync(join(invalid, name, file), join(dir, `${file.replace(/\.ya?ml$/, '')}-${i}${file.endsWith('.yml') ? '.yml' : '.yaml'}`));
      }
    });
    const sub = readFileSync(join(dir, 'aa-1.yaml'), 'utf8');
    writeFileSync(join(dir, 'ab-7.yaml'), sub.replace('id: aa-1', 'id: ab-7').replace('parent: aa', 'parent: aa-1'));
    writeFileSync(join(dir, 'ac-9.yaml'), sub.replace('id: aa-1', 'id: ac-9').replace('parent: aa', 'parent: zz'));
    writeFileSync(join(dir, 'ad.yaml'), readFileSync(join(dir, 'ad.yaml'), 'utf8').replace('kind: country', 'kind: sometimes'));
    writeFileSync(join(dir, 'af.yaml'), readFileSync(join(dir, 'af-1.yaml'), 'utf8').replace('id: af-1', 'id: af'));
  });

  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('reports exactly what checking every file the slow way reports', () => {
    const report = validateDataset(openDataset(dir), { today: TODAY, maxAgeDays: 400 });
    expect(report.diagnostics.length).toBeGreaterThan(40);
    expect(report.diagnostics).toEqual(reference(dir));
  });

  it('prints the same with worker threads as without', () => {
    const run = (threads: string) =>
      spawnSync(process.execPath, ['bin/jurisdiff.js', 'validate', dir, '--format', 'json', '--max-age', '400d'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, NO_COLOR: '1', JURISDIFF_TODAY: TODAY, JURISDIFF_VALIDATE_THREADS: threads },
      });
    const one = run('1');
    const three = run('3');
    expect(one.status).toBe(1);
    expect(three.status).toBe(one.status);
    expect(three.stderr).toBe('');
    expect(three.stdout).toBe(one.stdout);
    const printed = JSON.parse(one.stdout) as { files: number; diagnostics: Diagnostic[] };
    expect(printed.files).toBeGreaterThan(750);
    expect(printed.diagnostics).toEqual(reference(dir).map(({ file, line, column, severity, rule, path, message }) => ({ file, line, column, severity, rule, path, message })));
  });
});
