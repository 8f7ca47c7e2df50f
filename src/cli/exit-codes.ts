/** Documented exit codes (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Validation found errors, or `diff --exit-code` found differences, or `fmt --check` found work. */
  findings: 1,
  /** Bad arguments, unknown jurisdiction or offence. */
  usage: 2,
  /** A query command could not load the data it needs. */
  data: 3,
  /** A bug, not bad input (EX_SOFTWARE): reported as one line; JURISDIFF_DEBUG=1 adds the stack. */
  internal: 70,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Further lines printed after the message (e.g. the diagnostics of a broken file). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);
