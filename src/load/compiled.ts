import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../validate/diagnostic.js';

/**
 * The bundled data, precompiled by the build: for each file that loads, the checked value and
 * its diagnostics, keyed by a hash of the file's text. A query on the bundled data reads the
 * YAML file (so an edit after the build is never missed), and uses the compiled entry only
 * when the text is the one that was compiled; otherwise it parses the YAML as usual.
 */
export interface CompiledEntry {
  hash: string;
  value: unknown;
  /** The file's diagnostics (warnings only), without their `file`, which depends on the working directory. */
  diagnostics: Array<Omit<Diagnostic, 'file'>>;
}

/** Where, inside the store, the entry of a data file lives: "us" or "_registry/offences". */
export function compiledEntryPath(storeDir: string, name: string): string {
  return join(storeDir, `${name}.json`);
}

export function readCompiledEntry(storeDir: string, name: string): CompiledEntry | undefined {
  try {
    return JSON.parse(readFileSync(compiledEntryPath(storeDir, name), 'utf8')) as CompiledEntry;
  } catch {
    return undefined;
  }
}

/** 64-bit FNV-1a of the UTF-16 code units (two 32-bit lanes), and the length: not for security, for change detection. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return `${text.length.toString(16)}-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
