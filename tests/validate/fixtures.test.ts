import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/diagnostic.js';
import { openDataset } from '../../src/load/dataset.js';
import { lookupJurisdiction } from '../../src/model/lookup.js';
import { validateDataset } from '../../src/validate/validate.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TODAY = '2026-11-28';
const outcome = (dir: string, options: { maxAgeDays?: number } = {}) =>
  validateDataset(openDataset(dir), { today: TODAY, ...options }).diagnostics.map((d) => `${basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule}`);

/** Each folder under fixtures/invalid holds one broken case and an expected.txt of `file:line:col severity rule`. */
const cases = readdirSync(join(root, 'invalid')).sort();
const expectedOf = (name: string) => readFileSync(join(root, 'invalid', name, 'expected.txt'), 'utf8').trim().split('\n');

/**
 * Cases a repository cannot hold as files (a socket, a 1 MiB file, a link, a stale date), made
 * in a temporary folder from a valid fixture, each with the rule it must yield.
 */
const workspace = mkdtempSync(join(tmpdir(), 'jurisdiff-fixtures-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const VALID = join(root, 'invalid', 'yaml-unquoted-date');
function folder(name: string, make: (file: string) => void | Promise<void>): Promise<string> {
  const dir = join(workspace, name);
  mkdirSync(join(dir, '_registry'), { recursive: true });
  copyFileSync(join(VALID, '_registry', 'countries.yaml'), join(dir, '_registry', 'countries.yaml'));
  return Promise.resolve(make(join(dir, 'xq.yaml'))).then(() => dir);
}
const valid = () => readFileSync(join(VALID, 'xq.yaml'), 'utf8').replace('reviewed: 2026-01-15', 'reviewed: "2026-01-15"');
const GENERATED: Array<{ rule: string; make: () => Promise<string[]> }> = [
  {
    rule: 'file/unreadable',
    make: async () => {
      // A socket opens with ENXIO: present in the listing, impossible to read.
      const dir = await folder('socket', (file) => new Promise<void>((done) => createServer().listen(file, () => done())));
      return outcome(dir);
    },
  },
  { rule: 'file/too-large', make: async () => outcome(await folder('too-large', (file) => writeFileSync(file, `${valid()}notes: "${'x'.repeat(1024 * 1024)}"\n`))) },
  { rule: 'file/not-regular', make: async () => outcome(await folder('symlink', (file) => symlinkSync('/etc/hostname', file))) },
  { rule: 'file/not-regular', make: async () => outcome(await folder('fifo', (file) => void execFileSync('mkfifo', [file]))) },
  { rule: 'yaml/too-complex', make: async () => outcome(await folder('deep', (file) => writeFileSync(file, `id: ${'['.repeat(100_000)}`))) },
  { rule: 'freshness/stale', make: async () => outcome(await folder('stale', (file) => writeFileSync(file, valid())), { maxAgeDays: 30 }) },
  {
    rule: 'ref/unknown-jurisdiction',
    make: async () => {
      const lookup = lookupJurisdiction(openDataset(join(root, 'dataset')), 'xz');
      return lookup.ok ? [] : lookup.diagnostics.map((d) => `${d.severity} ${d.rule}`);
    },
  },
];

describe('validator fixtures', () => {
  it.each(cases)('%s yields exactly the expected diagnostics', (name) => {
    expect(outcome(join(root, 'invalid', name))).toEqual(expectedOf(name));
  });

  it.each(GENERATED.map((g) => [g.rule, g] as const))('a generated case yields %s', async (rule, { make }) => {
    const got = await make();
    expect(got.some((line) => line.endsWith(` ${rule}`))).toBe(true);
  });

  it('accepts the valid fixture data set without a single finding', () => {
    expect(outcome(join(root, 'dataset'))).toEqual([]);
  });

  it('warns about stale files, and strict mode makes every warning an error', () => {
    const dataset = openDataset(join(root, 'dataset'));
    const stale = validateDataset(dataset, { today: TODAY, maxAgeDays: 305 });
    expect(stale.diagnostics.map((d) => `${d.file.split('/').pop()} ${d.severity} ${d.rule}`)).toEqual(['xa.yaml warning freshness/stale']);
    const strict = validateDataset(dataset, { today: TODAY, maxAgeDays: 305, strict: true });
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('has a failing case for every rule of the catalogue, with no exemptions', () => {
    const pinned = new Set([...cases.flatMap((name) => expectedOf(name).map((l) => l.split(' ')[2])), ...GENERATED.map((g) => g.rule)]);
    expect(Object.keys(RULES).filter((rule) => !pinned.has(rule))).toEqual([]);
  });

  it('gives every diagnostic the severity the catalogue gives its rule (without --strict)', () => {
    for (const name of cases) for (const line of expectedOf(name)) expect(line.split(' ')[1], `${name}: ${line}`).toBe(RULES[line.split(' ')[2] as keyof typeof RULES].severity);
  });
});
