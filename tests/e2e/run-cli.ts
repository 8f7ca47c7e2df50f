import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_DATA = 'tests/fixtures/dataset';
/** "Today" for every CLI run of the tests, so that no answer depends on the clock. */
export const TODAY = '2026-12-01';

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built CLI as a user would: a separate process, colour off unless asked, fixed width. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string): CliResult {
  const result = spawnSync(process.execPath, ['bin/jurisdiff.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, COLUMNS: '100', NO_COLOR: '1', JURISDIFF_TODAY: TODAY, ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** A transcript for golden files: the command, its output, its exit code. */
export function transcript(args: string[], env?: Record<string, string | undefined>): string {
  const { stdout, stderr, code } = runCli(args, env);
  return `$ jurisdiff ${args.join(' ')}\n${stdout}${stderr ? `--- stderr\n${stderr}` : ''}Exit code: ${code}\n`;
}
