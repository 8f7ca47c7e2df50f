import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/load/canonical.js';
import { cli } from '../e2e/run-cli.js';

const ORDER = { offences: ['production', 'distribution', 'possession', 'access', 'grooming'], treaties: ['budapest', 'lanzarote', 'opsc', 'un-cybercrime'] };

const MESSY = `# yaml-language-server: $schema=../schema/jurisdiction.schema.json
# Header comment about this file.
name: Messy
id: xm
sources:
  s1:
    url: https://example.org/s1   # where it was read
    title: S1
    accessed: 2026-01-01
    kind: primary
reviewed: 2026-01-01
kind: country
offences:
  possession:
    confidence: verified
    sources: [s1]
    # The statute section, checked twice.
    law: "Code § 1"
    criminalised: true
    imprisonment: { max: 2y, min: 1m }
  production:
    sources: [s1]
    criminalised: true
    confidence: verified
parent: null
legal_system: civil_law
region: Europe
`;

describe('canonical form', () => {
  it('orders keys as the schema does and keeps every comment', async () => {
    const result = canonicalize('xm.yaml', MESSY, ORDER);
    if (!result.ok) throw new Error(result.reason);
    const text = result.text;
    expect(text.split('\n').slice(0, 4)).toEqual(['# yaml-language-server: $schema=../schema/jurisdiction.schema.json', '# Header comment about this file.', '', 'id: xm']);
    for (const comment of ['# where it was read', '# The statute section, checked twice.', '# Header comment about this file.']) expect(text).toContain(comment);
    expect(text.indexOf('production:')).toBeLessThan(text.indexOf('possession:'));
    expect(text.indexOf('    title: S1')).toBeLessThan(text.indexOf('    url: https://example.org/s1'));
    expect(text.indexOf('# The statute section')).toBeLessThan(text.indexOf('law: "Code § 1"'));
    expect(text).toContain('imprisonment: { min: 1m, max: 2y }');
    const again = canonicalize('xm.yaml', text, ORDER);
    expect(again.ok && again.changed).toBe(false);
  });

  it('adds the editor modeline, drops a BOM and CRLF line ends', async () => {
    const result = canonicalize('xm.yaml', `\uFEFF${MESSY.split('\n').slice(1).join('\r\n')}`, ORDER);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text.startsWith('# yaml-language-server: $schema=../schema/jurisdiction.schema.json\n')).toBe(true);
      expect(result.text).not.toContain('\r');
    }
  });

  it('refuses a file that does not parse', async () => {
    expect(canonicalize('xm.yaml', 'a: [1\n', ORDER).ok).toBe(false);
  });
});

describe('jurisdiff fmt', () => {
  it('rewrites in place, then --check passes; no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jurisdiff-fmt-'));
    writeFileSync(join(dir, 'xm.yaml'), MESSY);
    const check = (await cli(['fmt', '--check', dir]));
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('xm.yaml: not in canonical form');
    expect(readFileSync(join(dir, 'xm.yaml'), 'utf8')).toBe(MESSY);
    expect((await cli(['fmt', dir])).code).toBe(0);
    expect(readFileSync(join(dir, 'xm.yaml'), 'utf8')).toContain('# The statute section, checked twice.');
    expect((await cli(['fmt', '--check', dir])).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['xm.yaml']);
  });

  it('finds the bundled data in canonical form', async () => {
    const result = (await cli(['fmt', '--check']));
    expect(result.stdout).toMatch(/^0 of \d+ files need formatting/m);
    expect(result.code).toBe(0);
  });
});
