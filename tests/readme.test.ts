import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { README_ENV, regenerate } from '../scripts/readme.mjs';
import { cli } from './e2e/run-cli.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

/** The README makes claims about the data and the CLI; these keep them true. */
describe('README', () => {
  it('has a quick start of exactly two commands, each installing first', async () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const commands = [...quickStart.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm ci && node bin/jurisdiff.js compare jp sg sa --offence distribution', 'npm ci && npm test']);
  });

  it('documents every command the CLI has', async () => {
    const help = (await cli(['--help'])).stdout;
    const commands = [...help.matchAll(/^  (\w+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const command of commands) expect(readme).toContain(`### \`${command}`);
  });

  it('shows every example and the coverage figures as the tool prints them (run `npm run readme`)', async () => {
    const run = async (args: string[]) => {
      const { stdout, stderr } = await cli(args, README_ENV);
      return stdout + stderr;
    };
    expect(await regenerate(readme, run)).toBe(readme);
  });
});
