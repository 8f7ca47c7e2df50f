import { spawn } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openDataset } from '../../src/load/dataset.js';
import { validateDataset } from '../../src/validate/validate.js';
import { cli, ROOT } from '../e2e/run-cli.js';

const workspace = mkdtempSync(join(tmpdir(), 'jurisdiff-bad-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const FIXTURE = join(ROOT, 'tests/fixtures/dataset');
const VALID = readFileSync(join(FIXTURE, 'xb.yaml'), 'utf8');
let n = 0;
/** A data folder with the fixture country registry and the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(workspace, `f${n++}`);
  mkdirSync(join(dir, '_registry'), { recursive: true });
  copyFileSync(join(FIXTURE, '_registry/countries.yaml'), join(dir, '_registry/countries.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const rules = (dir: string) => validateDataset(openDataset(dir), { today: '2026-12-01' }).diagnostics.map((d) => d.rule);

describe('pathological sizes cost linear time', () => {
  const cases: Array<[string, string, string]> = [
    ['6,000 unused sources', VALID.replace('sources:\n', `sources:\n${Array.from({ length: 6_000 }, (_, i) => `  s${i}: {title: T, url: "http://e.x/${i}", kind: dataset, accessed: "2026-01-01"}\n`).join('')}`), 'ref/unused-source'],
    ['15,000 unknown keys in one mapping', VALID.replace('name: Fixture Country B', `name: Fixture Country B\n${Array.from({ length: 15_000 }, (_, i) => `k${i}: 1`).join('\n')}`), 'schema/unknown-key'],
    ['25,000 citations of unknown sources', VALID.replace('sources: [act-b]', `sources: [${Array.from({ length: 25_000 }, (_, i) => `u${i}`).join(', ')}]`), 'ref/unknown-source'],
    ['100,000 lines of notes', `${VALID}notes: |\n${'  a line of a long note\n'.repeat(100_000)}`, 'file/too-large'],
  ];
  it.each(cases)('%s: answered in well under 10 s', async (_name, text, rule) => {
    const dir = folder({ 'xb.yaml': text });
    const started = performance.now();
    // One run through the CLI: the JSON report carries the rules, so the library need not validate it again.
    const shown = await cli(['validate', dir, '--format', 'json']);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(shown.code).toBe(1);
    expect(JSON.parse(shown.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain(rule);
  });
});

describe('fmt is idempotent on everything validate accepts', () => {
  const variants: Record<string, string> = {
    bom: `\uFEFF${VALID}`,
    crlf: VALID.replace(/\n/g, '\r\n'),
    'flow style': VALID.replace(/imprisonment: \{ min: 5y, max: life \}/, 'imprisonment: {min: 5y,max: life}'),
    'block scalars': `${VALID}notes: |\n  First line.\n  Second line.\n`,
    'comments anywhere': VALID.replace('offences:', '# the offences\noffences: # each offence of the taxonomy').replace(/\n$/, '\n# the end\n'),
    'unquoted dates and yes/no words': VALID.replace(/"(\d{4}-\d{2}-\d{2})"/g, '$1'),
  };
  it.each(Object.entries(variants))('%s', async (_name, text) => {
    const dir = folder({ 'xb.yaml': text });
    const before = parse(text.replace(/^\uFEFF/, ''));
    expect((await cli(['fmt', dir])).code).toBe(0);
    const check = await cli(['fmt', dir, '--check']);
    expect(check.code, check.stdout).toBe(0);
    expect(parse(readFileSync(join(dir, 'xb.yaml'), 'utf8'))).toEqual(before);
    expect(rules(dir).filter((r) => r !== 'style/modeline')).toEqual([]);
  });

  it('leaves a file it cannot keep (an alias) untouched, and says why', async () => {
    const text = VALID.replace('reviewed: "2026-03-01"', 'reviewed: &day "2026-03-01"').replace('accessed: "2026-03-01"', 'accessed: *day');
    const dir = folder({ 'xb.yaml': text });
    const result = await cli(['fmt', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/yaml\/alias-not-allowed/);
    expect(readFileSync(join(dir, 'xb.yaml'), 'utf8')).toBe(text);
  });

  it('refuses a symlinked data file and leaves the link a link', async () => {
    const dir = folder({});
    writeFileSync(join(workspace, 'elsewhere.yaml'), VALID);
    symlinkSync(join(workspace, 'elsewhere.yaml'), join(dir, 'xb.yaml'));
    expect((await cli(['fmt', dir])).code).toBe(1);
    expect(lstatSync(join(dir, 'xb.yaml')).isSymbolicLink()).toBe(true);
  });

  it('loses nothing when three fmt runs write the same folder at once', async () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`x${String.fromCharCode(97 + (i % 26))}.yaml`, VALID]));
    const dir = folder({ 'xb.yaml': VALID.replace(/"(\d{4}-\d{2}-\d{2})"/g, '$1') });
    void files;
    const run = () =>
      new Promise<number>((done) => spawn(process.execPath, ['bin/jurisdiff.js', 'fmt', dir], { cwd: ROOT, stdio: 'ignore', env: { PATH: process.env.PATH } }).on('exit', (code) => done(code ?? -1)));
    const codes = await Promise.all([run(), run(), run()]);
    expect(codes).toEqual([0, 0, 0]);
    expect(readdirSync(dir).sort()).toEqual(['_registry', 'xb.yaml']);
    expect((await cli(['fmt', dir, '--check'])).code).toBe(0);
  });
});

describe('values mean what they say', () => {
  const bad: Record<string, [string, string]> = {
    'a zero maximum': [VALID.replace('{ min: 5y, max: life }', '{ max: 0y }'), 'range/zero'],
    'a negative fine': [VALID.replace('max: 20000', 'max: -20000'), 'schema/invalid'],
    'an infinite fine': [VALID.replace('max: 20000', 'max: .inf'), 'schema/type'],
    'three letters that are no currency': [VALID.replace('currency: SGD', 'currency: XYQ'), 'schema/invalid'],
    'a URL that is not http(s)': [VALID.replace('http://laws.example.net', 'ftp://laws.example.net').replace(/url: https?:\/\/[^\s]+/, 'url: ftp://example.org/x'), 'schema/invalid'],
    '29 February in a common year': [VALID.replace(/reviewed: "[\d-]+"/, 'reviewed: "2027-02-29"'), 'schema/invalid'],
  };
  it.each(Object.entries(bad))('%s is an error', (_name, [text, rule]) => {
    expect(rules(folder({ 'xb.yaml': text }))).toContain(rule);
  });
});

describe('folders and arguments', () => {
  const COMMANDS = [['list'], ['show', 'xb'], ['compare', '--all'], ['diff', 'xa', 'xb'], ['history', 'xb'], ['treaties'], ['aggravations'], ['gap', '--all', '--standard', 'icmec'], ['coverage'], ['validate'], ['fmt', '--check'], ['chart'], ['report', '--out', '-']];
  it.each(COMMANDS)('%s: an empty data folder is a usage error (exit 2, one line)', async (...args) => {
    const dir = folder({});
    const result = await cli([...args, '--data', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/holds no jurisdiction file/);
  });

  it('says what is wrong with --data pointing at a file or a missing folder, in one line', async () => {
    for (const [data, message] of [[join(FIXTURE, 'xb.yaml'), /is a file, not a data folder/], [join(workspace, 'nowhere'), /does not exist/]] as const) {
      const result = await cli(['list', '--data', data]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('gives one line for an --out it cannot write', async () => {
    const result = await cli(['report', 'us', '--out', join(FIXTURE, 'xb.yaml', 'report.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^jurisdiff: cannot write .*report\.html: ENOTDIR\n$/);
  });

  it('never echoes control or bidi characters from arguments', async () => {
    for (const args of [['show', 'x\u001b[2J'], ['list', '--region', '\u202eevil'], ['compare', '--offence', 'a\u0007', 'us'], ['show', 'us', '--bogus\u001b[31m']]) {
      const result = await cli(args);
      expect(result.code, JSON.stringify(args)).toBe(2);
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    }
  });
});
