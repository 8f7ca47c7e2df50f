import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** What only a real process shows: the exit status the shell sees, and nothing on stdout when it fails. */
describe('the jurisdiff process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jurisdiff-process-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0, 1, 2 and 3 as documented', () => {
    expect(runCli(['list', '--kind', 'subdivision']).code).toBe(0);
    expect(runCli(['validate', 'tests/fixtures/invalid/range-min-above-max']).code).toBe(1);
    const unknown = runCli(['show', 'zz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    mkdirSync(join(dir, '_registry'));
    copyFileSync(join(ROOT, 'tests/fixtures/dataset/_registry/countries.yaml'), join(dir, '_registry/countries.yaml'));
    writeFileSync(join(dir, 'xa.yaml'), 'id: xa\nname: [unclosed\n');
    const broken = runCli(['show', 'xa', '--data', dir]);
    expect(broken.code).toBe(3);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^jurisdiff: cannot load 'xa': .*xa\.yaml:\d+:\d+ yaml\/syntax/);
  });
});
