import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, FIXTURE_DATA, ROOT, runCli } from './run-cli.js';

/** The questions DESIGN.md promises to answer, asked of the bundled data as a user would. */
describe('bundled data through the CLI', () => {
  it('show us --json prints one resolved object in the data model', async () => {
    const { stdout, stderr, code } = runCli(['show', 'us', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const us = JSON.parse(stdout);
    expect(us.id).toBe('us');
    expect(us.offences.production.imprisonment).toEqual({ min: '15y', max: '30y' });
    expect(us.reporting.law).toContain('2258A');
    for (const key of us.offences.production.sources) expect(us.sources[key].url).toMatch(/^https?:\/\//);
  });

  it('compares Japan, Singapore and Saudi Arabia on distribution, with caning where the law provides it', async () => {
    const { stdout, code } = (await cli(['compare', 'jp', 'sg', 'sa', '--offence', 'distribution']));
    expect(code).toBe(0);
    expect(stdout).toContain('Japan (jp)');
    expect(stdout).toContain('Singapore (sg)');
    expect(stdout).toContain('Saudi Arabia (sa)');
    expect(stdout).toMatch(/caning/);
    const json = JSON.parse((await cli(['compare', 'jp', 'sg', 'sa', '--offence', 'distribution', '--json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(['jp', 'sg', 'sa']);
    expect(json[1].offences.distribution.corporal.kind).toBe('caning');
    expect(Object.keys(json[0].offences)).toEqual(['distribution']);
  });

  it('shows England and Wales with the offences asked for', async () => {
    const { stdout, code } = (await cli(['show', 'gb-ew', '--offence', 'production,possession']));
    expect(code).toBe(0);
    expect(stdout).toContain('Production');
    expect(stdout).toContain('Possession');
    expect(stdout).not.toContain('Grooming');
    expect(stdout).toContain('Protection of Children Act 1978');
  });

  it('diff --exit-code exits 1 when jurisdictions differ and 0 when they do not', async () => {
    expect((await cli(['diff', 'us', 'jp', '--exit-code'])).code).toBe(1);
    const same = (await cli(['diff', 'us', 'us', '--exit-code']));
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('do not differ');
    expect((await cli(['diff', 'us', 'jp'])).code).toBe(0);
  });

  it('refuses unknown and malformed ids with one line on stderr and exit 2', async () => {
    for (const id of ['zz', '../etc/passwd', 'gb/ew', 'gb\\ew', 'x\u001b[2J\u0007', 'a'.repeat(5000)]) {
      const { stdout, stderr, code } = (await cli(['show', id]));
      expect(code, id).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^jurisdiff: (unknown|invalid) jurisdiction/);
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
    expect((await cli(['show', 'gb-en'])).stderr).toContain("did you mean 'gb-ew'?");
    expect((await cli(['show', 'jurisdictions/us.yaml'])).stderr).toMatch(/give the id, not the path/);
  });

  it('understands ids as people type them: any case, ISO alpha-3 codes, common aliases and names', async () => {
    for (const [typed, id] of [['US', 'us'], ['GB-EW', 'gb-ew'], ['usa', 'us'], ['uk', 'gb'], ['japan', 'jp'], ['Saudi Arabia', 'sa'], ["cote d'ivoire", 'ci'], ['United States', 'us']] as const) {
      const { stdout, code } = (await cli(['show', typed, '--json']));
      expect(code, typed).toBe(0);
      expect(JSON.parse(stdout).id, typed).toBe(id);
    }
  });

  it('validates the bundled data strictly, and its freshness against the day it was last reviewed', async () => {
    const reviewed = newestReviewDate();
    const { stdout, code } = (await cli(['validate', '--strict', '--max-age', '365d'], { JURISDIFF_TODAY: reviewed }));
    expect(stdout).toMatch(/files valid/);
    expect(code).toBe(0);
    const later = `${Number(reviewed.slice(0, 4)) + 2}${reviewed.slice(4)}`;
    // Two years on, the same files are stale: a few of them, with the registries, show it as well as all would.
    const sample = mkdtempSync(join(tmpdir(), 'jurisdiff-stale-'));
    cpSync(join(ROOT, 'jurisdictions/_registry'), join(sample, '_registry'), { recursive: true });
    for (const id of ['us', 'us-ca', 'jp']) cpSync(join(ROOT, `jurisdictions/${id}.yaml`), join(sample, `${id}.yaml`));
    const stale = (await cli(['validate', sample, '--strict', '--max-age', '365d', '--format', 'json'], { JURISDIFF_TODAY: later }));
    rmSync(sample, { recursive: true, force: true });
    expect(stale.code).toBe(1);
    // (A sample also trips the registry's party counts, which only the whole data set meets.)
    const staleFiles = (JSON.parse(stale.stdout) as { diagnostics: Array<{ rule: string; file: string }> }).diagnostics.filter((d) => d.rule === 'freshness/stale').map((d) => d.file.replace(/^.*[\\/]/, ''));
    expect(staleFiles.sort()).toEqual(['jp.yaml', 'us-ca.yaml', 'us.yaml']);
  });

  it('coverage --todo lists exactly the profiles short of full, fewest gaps first, with the parts each lacks', async () => {
    const fixture = JSON.parse((await cli(['coverage', '--todo', '--json', '--data', FIXTURE_DATA])).stdout);
    expect(fixture).toEqual([
      { id: 'xa', missing: ['definitions', 'access', 'sexual_communication'] },
      { id: 'xb', missing: ['definitions', 'possession', 'access', 'grooming_meeting', 'sexual_communication'] },
      { id: 'xa-n', missing: ['definitions', 'production', 'distribution', 'access', 'grooming_meeting', 'sexual_communication', 'reporting'] },
    ]);
    const all = JSON.parse((await cli(['coverage', '--json'])).stdout);
    const todo: Array<{ id: string; missing: string[] }> = JSON.parse((await cli(['coverage', '--todo', '--json'])).stdout);
    expect(todo.map((r) => r.id).sort()).toEqual(all.jurisdictions.filter((r: { full: boolean }) => !r.full).map((r: { id: string }) => r.id).sort());
    expect(todo.length + all.full_profiles).toBe(all.jurisdictions.length);
    for (let i = 1; i < todo.length; i++) expect(todo[i]!.missing.length).toBeGreaterThanOrEqual(todo[i - 1]!.missing.length);
    const full = all.jurisdictions.filter((r: { full: boolean }) => r.full).slice(0, 2).map((r: { id: string }) => r.id);
    expect(JSON.parse((await cli(['coverage', '--todo', '--json', ...full])).stdout)).toEqual([]);
  });

  it('speaks in its notes of the law and the pages read, never of how a file was researched', () => {
    const dir = join(ROOT, 'jurisdictions');
    const process = /look-up|\bbudget\b(?! (bill|session))|\bthe brief\b|from memory|memory-based|general knowledge|\bwaves?\b|this researcher|this session|this (pass|batch|research)\b|existing file|the owner may/i;
    const offending = readdirSync(dir).filter((f) => f.endsWith('.yaml') && process.test(readFileSync(join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('keeps its notes in the present state, not as a dated log of edits', () => {
    const dir = join(ROOT, 'jurisdictions');
    const editLog = /\b(corrected|added|removed|re-?checked|re-read|looked for again|recorded)( on| in)? \d{4}-\d{2}-\d{2}\b|\bupdate \d{4}-\d{2}-\d{2}|\bread (on )?\d{4}-\d{2}-\d{2}\b|\bearlier note\b|\bthis entry earlier\b/i;
    const offending = readdirSync(dir).filter((f) => f.endsWith('.yaml') && editLog.test(readFileSync(join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('refuses a malformed JURISDIFF_TODAY with a usage error', async () => {
    for (const bad of ['2027-02-29', 'tomorrow', '2026-1-1']) {
      const { stderr, code } = (await cli(['validate'], { JURISDIFF_TODAY: bad }));
      expect(code, bad).toBe(2);
      expect(stderr).toMatch(/^jurisdiff: JURISDIFF_TODAY /);
    }
  });

  it('answers which providers must report where, for every jurisdiction', async () => {
    const { stdout, code } = (await cli(['compare', '--all', '--fields', 'reporting', '--format', 'csv']));
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    // Long form: one row per jurisdiction × figure, so the header does not depend on the ids.
    expect(header).toBe('jurisdiction,section,field,value');
    const duty = rows.filter((row) => /^[a-z0-9-]+,Reporting duty,Providers must report,/.test(row));
    const listed = (await cli(['list', '--json'])).stdout;
    expect(duty).toHaveLength(JSON.parse(listed).length);
    expect(duty).toContain('us,Reporting duty,Providers must report,yes');
  });

  it('prints no escape byte when piped or with NO_COLOR, and colour only when forced', async () => {
    // Colour depends on the streams, not on the data: the small fixture set shows it as well as the whole world.
    for (const args of [['compare', 'jp', 'sg', 'sa'], ['list', '--data', FIXTURE_DATA], ['treaties', '--data', FIXTURE_DATA], ['validate', FIXTURE_DATA], ['coverage', '--data', FIXTURE_DATA]]) {
      expect((await cli(args)).stdout).not.toContain('\u001b');
      expect((await cli(args, { NO_COLOR: undefined })).stdout).not.toContain('\u001b');
      expect((await cli([...args, '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).stdout).not.toContain('\u001b');
    }
    expect((await cli(['list'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
  });

  it('treats a closed pipe as the end, not an error', async () => {
    const result = spawnSync('sh', ['-c', 'node bin/jurisdiff.js compare --all | head -n 1'], { encoding: 'utf8', cwd: ROOT });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});

/** The latest `reviewed:` date of the bundled files: "today" for a check that must not age. */
function newestReviewDate(): string {
  const dates = readdirSync(join(ROOT, 'jurisdictions'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => /^reviewed: "?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(ROOT, 'jurisdictions', name), 'utf8'))?.[1] ?? '')
    .sort();
  return dates[dates.length - 1]!;
}
