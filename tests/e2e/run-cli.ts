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
export async function transcript(args: string[], env?: Record<string, string | undefined>): Promise<string> {
  const { stdout, stderr, code } = await cli(args, env);
  return `$ jurisdiff ${args.join(' ')}\n${stdout}${stderr ? `--- stderr\n${stderr}` : ''}Exit code: ${code}\n`;
}

/**
 * Runs the CLI in this process through `main()`, with a fake environment: the same arguments,
 * variables and streams a process would have (colour off unless asked, 100 columns, a fixed
 * "today"), without the cost of starting Node. Only what a process alone shows (exit status,
 * pipes, signals) needs `runCli`.
 */
export async function cli(args: string[], env: Record<string, string | undefined> = {}, options: { isTTY?: boolean } = {}): Promise<CliResult> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const merged = { COLUMNS: '100', NO_COLOR: '1', JURISDIFF_TODAY: TODAY, ...env };
  const code = await main(args, {
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    stdout: { isTTY: options.isTTY ?? false, columns: Number(merged.COLUMNS), write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { stdout, stderr, code };
}
