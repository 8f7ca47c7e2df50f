import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { safeText } from '../render/safe-text.js';
import { CliError, EXIT, usageError } from './exit-codes.js';

/**
 * Writes beside the target, flushes, then renames over it: a reader sees the old file or the new,
 * never half of one, and a failed write leaves nothing behind. The mode of an existing file is
 * kept. Failures are one line naming the path (exit 2).
 */
export function writeAtomically(path: string, text: string): void {
  const shown = safeText(path, { singleLine: true });
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw usageError(`${shown} is a directory; give a file name`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', existing ? existing.mode & 0o777 : 0o644);
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.usage);
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw new CliError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.usage);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
