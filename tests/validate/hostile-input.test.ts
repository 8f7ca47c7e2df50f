import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, runCli } from '../e2e/run-cli.js';

const VALID = readFileSync(new URL('../fixtures/dataset/xb.yaml', import.meta.url), 'utf8').replace('../../../schema', '../schema');
const workspace = mkdtempSync(join(tmpdir(), 'jurisdiff-hostile-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** A data folder holding one prepared entry named xb.yaml (file, folder, link or pipe). */
function folderWith(name: string, make: (path: string) => void): string {
  const dir = join(workspace, name);
  mkdirSync(join(dir, '_registry'), { recursive: true });
  copyFileSync(new URL('../fixtures/dataset/_registry/countries.yaml', import.meta.url), join(dir, '_registry', 'countries.yaml'));
  make(join(dir, 'xb.yaml'));
  return dir;
}

interface Case {
  name: string;
  make: (path: string) => void;
  /** Rule expected from `validate`; undefined when the input must be accepted as normal data. */
  rule?: string;
  /** Run as a real process: the parser's depth limit is the process's stack, which a test worker does not share. */
  subprocess?: boolean;
}

const CASES: Case[] = [
  { name: 'bom', make: (p) => writeFileSync(p, `\uFEFF${VALID}`) },
  { name: 'crlf', make: (p) => writeFileSync(p, VALID.replace(/\n/g, '\r\n')) },
  { name: 'invalid-utf8', make: (p) => writeFileSync(p, Buffer.concat([Buffer.from(VALID.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(VALID.slice(40))])), rule: 'file/encoding' },
  { name: 'directory', make: (p) => mkdirSync(p), rule: 'file/not-regular' },
  { name: 'symlink-outside', make: (p) => symlinkSync('/etc/passwd', p), rule: 'file/not-regular' },
  { name: 'fifo', make: (p) => execFileSync('mkfifo', [p]), rule: 'file/not-regular' },
  { name: 'huge', make: (p) => writeFileSync(p, Buffer.alloc(50 * 1024 * 1024, 'a')), rule: 'file/too-large' },
  { name: 'deep-nesting', make: (p) => writeFileSync(p, `id: ${'['.repeat(100_000)}`), rule: 'yaml/too-complex' },
  { name: 'deep-block-nesting', make: (p) => writeFileSync(p, Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')), rule: 'yaml/too-complex', subprocess: true },
  { name: 'wide-file', make: (p) => writeFileSync(p, `${VALID}notes: "${'x'.repeat(900_000)}"\n`) },
  { name: 'alias-bomb', make: (p) => writeFileSync(p, ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n')), rule: 'yaml/alias-not-allowed' },
  { name: 'proto-keys', make: (p) => writeFileSync(p, VALID.replace('name: ', '__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\nname: ')), rule: 'schema/unknown-key' },
  { name: 'js-function-tag', make: (p) => writeFileSync(p, VALID.replace('name: Fixture Country B', 'name: !!js/function "function(){return 1}"')), rule: 'yaml/tag' },
  { name: 'osc8-link-in-note', make: (p) => writeFileSync(p, `${VALID}notes: "see \\e]8;;https://evil.example\\aclick\\e]8;;\\a now"\n`), rule: 'schema/invalid' },
  { name: 'carriage-return-in-name', make: (p) => writeFileSync(p, VALID.replace('name: Fixture Country B', 'name: "Safe\\rEvil"')), rule: 'schema/invalid' },
  { name: 'truncated', make: (p) => writeFileSync(p, VALID.slice(0, VALID.indexOf('{ min: 5y') + 5)), rule: 'yaml/syntax' },
  { name: 'binary-noise', make: (p) => writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), rule: 'file/encoding' },
];

describe('hostile input', () => {
  it.each(CASES)('$name', async ({ name, make, rule, subprocess }) => {
    const dir = folderWith(name, make);
    const started = Date.now();
    const validate = subprocess ? runCli(['validate', dir, '--format', 'json']) : await cli(['validate', dir, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(20_000);
    const report = JSON.parse(validate.stdout) as { diagnostics: Array<{ rule: string; line: number; column: number; message: string }> };
    if (rule === undefined) {
      expect(report.diagnostics.filter((d) => d.rule !== 'style/modeline')).toEqual([]);
      expect(validate.code).toBe(0);
      expect(JSON.parse((await cli(['show', 'xb', '--data', dir, '--json'])).stdout).id).toBe('xb');
    } else {
      expect(validate.code).toBe(1);
      expect(report.diagnostics.map((d) => d.rule)).toContain(rule);
      const show = (await cli(['show', 'xb', '--data', dir]));
      expect(show.code).toBe(3);
      expect(show.stdout).toBe('');
      expect(show.stderr.trim().split('\n')).toHaveLength(1);
      expect(show.stderr).toMatch(/^jurisdiff: cannot load 'xb': .*xb\.yaml:\d+:\d+ /);
    }
    for (const d of report.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    expect(validate.stderr).toBe('');
    expect(validate.stdout + (await cli(['validate', dir])).stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never rewrites or loses a data file: fmt refuses what does not parse and leaves it byte for byte', async () => {
    const dir = folderWith('fmt-refuses', (p) => writeFileSync(p, 'id: [unclosed\n'));
    const before = readFileSync(join(dir, 'xb.yaml'));
    const result = (await cli(['fmt', dir]));
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'xb.yaml'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n !== '_registry')).toEqual(['xb.yaml']);
  });

  it('rejects a data folder that does not exist with a usage error', async () => {
    const result = (await cli(['list', '--data', join(workspace, 'missing')]));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^jurisdiff: data folder .* does not exist\n$/);
  });
});
