import { CommanderError } from 'commander';
import { buildProgram, exitCodeOf } from './program.js';
import { CliError, EXIT } from './exit-codes.js';
import { createContext, OUTPUT_FORMATS, type CommonOptions, type Context, type Environment } from './context.js';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics.js';
import { safeText } from '../render/safe-text.js';

declare const JURISDIFF_VERSION: string | undefined;

export type CommandModule = { default: (args: unknown[], options: CommonOptions & Record<string, unknown>, context: Context) => Promise<number> | number };

const COMMANDS: Record<string, { load: () => Promise<CommandModule>; formats: readonly string[] }> = {
  list: { load: () => import('./commands/list.js'), formats: OUTPUT_FORMATS },
  show: { load: () => import('./commands/show.js'), formats: OUTPUT_FORMATS },
  compare: { load: () => import('./commands/compare.js'), formats: OUTPUT_FORMATS },
  diff: { load: () => import('./commands/diff.js'), formats: OUTPUT_FORMATS },
  treaties: { load: () => import('./commands/treaties.js'), formats: OUTPUT_FORMATS },
  coverage: { load: () => import('./commands/coverage.js'), formats: OUTPUT_FORMATS },
  validate: { load: () => import('./commands/validate.js'), formats: DIAGNOSTIC_FORMATS },
  fmt: { load: () => import('./commands/fmt.js'), formats: ['text'] },
  schema: { load: () => import('./commands/schema.js'), formats: ['json'] },
  chart: { load: () => import('./commands/chart.js'), formats: ['table'] },
  report: { load: () => import('./commands/report.js'), formats: ['html'] },
};

/** Runs the CLI and returns the exit code; writes only through `environment`. */
export async function main(argv: readonly string[], environment: Environment & { stderr: { write(text: string): unknown } }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const version = typeof JURISDIFF_VERSION === 'string' ? JURISDIFF_VERSION : '0.0.0-dev';
  const program = buildProgram(
    version,
    async (name, args, options) => {
      const entry = COMMANDS[name]!;
      const context = createContext(options, environment, entry.formats);
      const module = await entry.load();
      return module.default(args, options, context);
    },
    (code) => {
      exitCode = code;
    },
    { writeOut: (text) => environment.stdout.write(text), writeErr: (text) => environment.stderr.write(text) },
  );
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOf(error);
    if (error instanceof CliError) {
      environment.stderr.write(`jurisdiff: ${error.message}\n`);
      for (const line of error.details) environment.stderr.write(`${line}\n`);
      return error.exitCode;
    }
    // A bug, not bad input: still one line, and a code a script can tell apart.
    const message = error instanceof Error ? error.message : String(error);
    environment.stderr.write(`jurisdiff: internal error: ${safeText(message, { singleLine: true })}\n`);
    if (environment.env.JURISDIFF_DEBUG && error instanceof Error && error.stack) environment.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

/** Process entry: EPIPE (`| head`) ends quietly with success, as for any Unix filter. */
export async function runProcess(): Promise<void> {
  const onPipeError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);
  const code = await main(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
}
