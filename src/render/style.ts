import { Chalk } from 'chalk';

/** The few colours renderers use. Plain when colour is off, so output is byte-stable. */
export interface Style {
  heading(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  good(text: string): string;
}

const identity = (text: string) => text;

export const plainStyle: Style = { heading: identity, dim: identity, warn: identity, error: identity, good: identity };

export function createStyle(color: boolean): Style {
  if (!color) return plainStyle;
  const chalk = new Chalk({ level: 1 });
  return {
    heading: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    warn: (t) => chalk.yellow(t),
    error: (t) => chalk.red(t),
    good: (t) => chalk.green(t),
  };
}
