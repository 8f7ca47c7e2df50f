import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const ESCAPE = '\u001b';

describe('jurisdiff chart', () => {
  it('prints a plain ASCII chart into a pipe, every line within COLUMNS', async () => {
    const { stdout, stderr, code } = (await cli(['chart', '--ids', 'us', 'kr', 'gb', 'cn', '--offence', 'possession'], { COLUMNS: '72' }));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESCAPE);
    expect(stdout).toMatch(/^Possession: /);
    expect(stdout).toContain('no offence (not criminalised)');
    expect(stdout).toContain('- not researched');
    for (const line of stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(72);
  });

  it('uses block characters and colour only when colour is on', async () => {
    const forced = (await cli(['chart', '--ids', 'us', 'kr'], { NO_COLOR: undefined, FORCE_COLOR: '1' }));
    expect(forced.stdout).toContain(ESCAPE);
    expect(forced.stdout).toContain('█');
    const noColor = (await cli(['chart', '--ids', 'us', 'kr'], { NO_COLOR: '1', FORCE_COLOR: '1' }));
    expect(noColor.stdout).not.toContain(ESCAPE);
    expect(noColor.stdout).not.toContain('█');
    expect((await cli(['chart', '--ids', 'us', '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).stdout).not.toContain(ESCAPE);
  });

  it('accepts ids space- or comma-separated and sorts by the minimum with --by min', async () => {
    const spaced = (await cli(['chart', '--ids', 'jp', 'us', 'de', '--by', 'min']));
    expect(spaced.code).toBe(0);
    expect((await cli(['chart', '--ids', 'jp,us,de', '--by', 'min'])).stdout).toBe(spaced.stdout);
    const order = spaced.stdout.split('\n').flatMap((l) => /\((jp|us|de)\)/.exec(l)?.[1] ?? []);
    expect(order).toEqual(['us', 'de', 'jp']);
  });

  it.each([
    [['chart', '--offence', 'productoin'], /unknown offence 'productoin' \(did you mean 'production'\?\)/],
    [['chart', '--offence', 'production,grooming'], /one offence at a time/],
    [['chart', '--ids', 'us', '--all'], /ids or --all, not both/],
    [['chart', '--ids', 'zz'], /unknown jurisdiction 'zz'/],
    [['chart', '--by', 'median'], /Allowed choices are max, min/],
    [['chart', '--json'], /unknown option '--json'/],
  ])('exits 2 on bad arguments: %j', async (args, message) => {
    const { stdout, stderr, code } = (await cli(args));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('jurisdiff report', () => {
  const directory = mkdtempSync(join(tmpdir(), 'jurisdiff-report-cli-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('writes the file atomically, replacing an old one and keeping its permissions', async () => {
    const out = join(directory, 'report.html');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const { stdout, code } = (await cli(['report', '--ids', 'us', 'gb-ew', '--out', out]));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .*report\.html: 2 jurisdictions, \d+ KiB\n$/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(directory)).toContain('report.html');
    expect(readdirSync(directory).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it("writes to standard output with '--out -'", async () => {
    const { stdout, code } = (await cli(['report', '--ids', 'jp', '--out', '-']));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(stdout).toContain('Japan');
  });

  it('writes a briefing for one jurisdiction and the overview for several', async () => {
    const one = await cli(['report', 'JP', '--out', '-']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('<body class="briefing">');
    expect(one.stdout).toContain('<section id="sources"');
    const two = await cli(['report', 'jp', 'sg', '--out', '-']);
    expect(two.stdout).toContain('<body class="overview">');
    expect(two.stdout).toContain('<section id="standards"');
    const out = join(directory, 'jp.html');
    expect((await cli(['report', 'jp', '--out', out])).stdout).toMatch(/^wrote .*jp\.html: briefing on jp, \d+ KiB\n$/);
  });

  it.each([
    [['report', '--all'], /required option '--out <file>'/],
    [['report', '--ids', 'us', '--all', '--out', 'x.html'], /ids or --all, not both/],
    [['report', '--ids', 'qq', '--out', 'x.html'], /unknown jurisdiction 'qq'/],
    [['report', '--ids', 'us', '--out', '/nonexistent-dir/r.html'], /cannot write \/nonexistent-dir\/r\.html: ENOENT/],
    [['report', '--ids', 'us', '--out', tmpdir()], /is a directory/],
  ])('exits 2 on bad arguments: %j', async (args, message) => {
    const { stderr, code } = (await cli(args));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
