import { CommanderError } from 'commander';
import { buildProgram, exitCodeOf } from './program.js';
import { CliError, EXIT } from './exit-codes.js';
import { createContext, type Environment } from './context.js';
import { safeText } from '../render/safe-text.js';

declare const JURISDIFF_VERSION: string | undefined;

/** Runs the CLI and returns the exit code; writes only through `environment`. */
export async function main(argv: readonly string[], environment: Environment & { stderr: { write(text: string): unknown } }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const version = typeof JURISDIFF_VERSION === 'string' ? JURISDIFF_VERSION : '0.0.0-dev';
  const program = buildProgram(
    version,
    async (spec, args, options) => {
      const context = createContext(options, environment, spec.formats);
      const module = await spec.load();
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
    return EXIT.internal;
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
