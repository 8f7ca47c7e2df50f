import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './e2e/run-cli.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

/** The README makes claims about the data and the CLI; these keep them true. */
describe('README', () => {
  it('quotes the coverage figures that `jurisdiff coverage` prints today', () => {
    const quoted = readme.split('<!-- coverage:start -->')[1]!.split('<!-- coverage:end -->')[0]!.trim().split('\n').map((l) => l.replace(/^- /, ''));
    const printed = runCli(['coverage']).stdout.trim().split('\n').slice(-4, -1);
    expect(quoted).toEqual(printed);
  });

  it('has a quick start of exactly two commands, each installing first', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const commands = [...quickStart.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm ci && node bin/jurisdiff.js compare jp sg sa --offence distribution', 'npm ci && npm test']);
  });

  it('documents every command the CLI has', () => {
    const help = runCli(['--help']).stdout;
    const commands = [...help.matchAll(/^  (\w+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(9);
    for (const command of commands) expect(readme).toContain(`\`${command}`);
  });

  it('shows the quick-start comparison as the CLI prints it', () => {
    const shown = readme.split('$ jurisdiff compare jp sg sa --offence distribution --fields penalties\n')[1]!.split('```')[0]!;
    expect(shown).toBe(runCli(['compare', 'jp', 'sg', 'sa', '--offence', 'distribution', '--fields', 'penalties']).stdout);
  });

  it('shows the chart example as the CLI prints it', () => {
    const args = ['chart', '--offence', 'possession', '--ids', 'us', 'gb-ew', 'de', 'fr', 'jp', 'sg', 'kr', 'br', 'it', 'cn', 'ru', 'in', 'gb'];
    const shown = readme.split(`$ jurisdiff ${args.join(' ')}\n`)[1]!.split('```')[0]!;
    expect(runCli(args).stdout.startsWith(shown)).toBe(true);
  });
});
