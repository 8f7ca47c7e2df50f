import type { RuleId } from '../diagnostic.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; rule: RuleId; message: string; line?: number; column?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a data file defensively: no symlinks (O_NOFOLLOW), only regular files (a FIFO would
 * block forever), a size cap checked on the open descriptor, strict UTF-8.
 */
export function readDataFile(path: string, maxBytes = MAX_FILE_BYTES): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, rule: 'file/not-regular', message: 'is a symbolic link; data files must be regular files inside the data folder' };
    if (code === 'ENOENT') return { ok: false, rule: 'file/unreadable', message: 'does not exist' };
    if (code === 'EISDIR') return { ok: false, rule: 'file/not-regular', message: 'is a directory, not a data file' };
    return { ok: false, rule: 'file/unreadable', message: `cannot be read (${code ?? 'unknown error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, rule: 'file/not-regular', message: 'is not a regular file' };
    if (stat.size > maxBytes) {
      return { ok: false, rule: 'file/too-large', message: `is ${stat.size} bytes; data files are limited to ${maxBytes} bytes` };
    }
    // One buffer for every read: validating thousands of files would otherwise leave thousands
    // of file-sized buffers for the garbage collector (decoding copies the text out of it).
    if (scratch.length < stat.size) scratch = Buffer.allocUnsafe(Math.max(stat.size, scratch.length * 2));
    const buffer = scratch;
    let offset = 0;
    while (offset < stat.size) {
      const read = readSync(fd, buffer, offset, stat.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return decode(buffer.subarray(0, offset));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, rule: 'file/not-regular', message: 'is a directory, not a data file' };
    return { ok: false, rule: 'file/unreadable', message: `cannot be read (${code ?? 'unknown error'})` };
  } finally {
    closeSync(fd);
  }
}

function decode(bytes: Uint8Array): ReadOutcome {
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    const lines = before.split('\n');
    return {
      ok: false,
      rule: 'file/encoding',
      message: `is not valid UTF-8 (byte offset ${at})`,
      line: lines.length,
      column: (lines[lines.length - 1]?.length ?? 0) + 1,
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
