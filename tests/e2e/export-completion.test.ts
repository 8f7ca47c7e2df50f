import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURE_DATA } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jurisdiff-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (name: string) => readFileSync(join(dir, name), 'utf8').trim().split('\n').map((l) => l.split(','));

describe('jurisdiff export', () => {
  it('writes tidy tables, one row per observation, with terms in months', async () => {
    const result = await cli(['export', '--out', dir, '--data', FIXTURE_DATA]);
    expect(result.code, result.stderr).toBe(0);
    const offences = csv('offences.csv');
    const [header, ...rows] = offences;
    const at = (name: string) => header!.indexOf(name);
    const production = rows.find((r) => r[0] === 'xa' && r[1] === 'production')!;
    expect(production[at('imprisonment_min_months')]).toBe('12');
    expect(production[at('imprisonment_max_months')]).toBe('120');
    expect(production[at('fine_currency')]).toBe('EUR');
    expect(csv('jurisdictions.csv').slice(1).map((r) => r[0])).toEqual(['xa', 'xa-n', 'xb']);
    expect(csv('treaty_events.csv').some((r) => r[0] === 'xa' && r[1] === 'budapest' && r[2] === 'ratification')).toBe(true);
    const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
    expect(data.jurisdictions.map((j: { id: string }) => j.id)).toEqual(['xa', 'xa-n', 'xb']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/offences\.csv/);
  });

  it('needs --out', async () => {
    expect((await cli(['export', '--data', FIXTURE_DATA])).code).toBe(2);
  });
});

describe('jurisdiff completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: names every command, the ids and the offence keys', async (shell) => {
    const { stdout, code } = await cli(['completion', shell]);
    expect(code).toBe(0);
    for (const word of ['compare', 'treaties', 'gap', 'history', 'gb-ew', 'us', 'sexual_communication', 'as-of']) expect(stdout, word).toContain(word);
  });

  it('prints a bash script that bash accepts', async () => {
    const { stdout } = await cli(['completion', 'bash']);
    expect(spawnSync('bash', ['-n'], { input: stdout }).status).toBe(0);
  });

  it('refuses another shell with a usage error', async () => {
    expect((await cli(['completion', 'powershell'])).code).toBe(2);
  });
});
