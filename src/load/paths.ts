import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let bundled: string | undefined;

/**
 * The data set shipped with the package. Bundling moves this module to a different depth
 * (src/load, dist/lib, dist/cli), so look upwards for the folder rather than hard-code it.
 */
export function bundledDataDir(): string {
  if (bundled) return bundled;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'jurisdictions');
    if (existsSync(join(candidate, '_registry'))) return (bundled = candidate);
    dir = dirname(dir);
  }
  return (bundled = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'jurisdictions'));
}

/** A path as a user would type it from the current directory. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}
