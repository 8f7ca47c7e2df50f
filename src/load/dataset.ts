import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JURISDICTION_ID } from '../schema/patterns.js';
import { Jurisdiction as JurisdictionSchema } from '../schema/jurisdiction.js';
import { REGISTRY_SCHEMAS, type RegistryName } from '../schema/registry.js';
import type { z } from 'zod';
import { loadFile, type LoadedFile } from './load-file.js';
import { bundledDataDir, displayPath } from './paths.js';

export { loadFile, parseDataText, type LoadedFile } from './load-file.js';

export const REGISTRY_DIR = '_registry';
export const DATA_EXTENSION = '.yaml';

export type LoadedJurisdiction = LoadedFile<JurisdictionSchema> & { id: string };

export type Registries = { [K in RegistryName]: LoadedFile<z.infer<(typeof REGISTRY_SCHEMAS)[K]>> };

export class DataDirectoryError extends Error {}

interface Listing {
  files: Map<string, string>;
  extraneous: string[];
}

/**
 * A folder of jurisdiction files. Opening it reads nothing; the folder is listed only when a
 * command needs every file (list, validate, --all) or a suggestion for an unknown id, and each
 * file is read and parsed the first time a command asks for it. A query for a few ids costs
 * the same in a folder of 20 files as in one of 20,000.
 */
export class Dataset {
  readonly dir: string;
  private listing: Listing | undefined;
  private readonly cache = new Map<string, LoadedJurisdiction>();
  private readonly registryCache = new Map<RegistryName, LoadedFile<unknown>>();

  constructor(dir: string) {
    try {
      this.dir = realpathSync(dir);
      if (!statSync(this.dir).isDirectory()) throw new DataDirectoryError(`${displayPath(dir)} is a file, not a data folder; give the folder that holds the *.yaml files`);
    } catch (error) {
      if (error instanceof DataDirectoryError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new DataDirectoryError(code === 'ENOENT' ? `data folder ${displayPath(dir)} does not exist` : `cannot open data folder ${displayPath(dir)}: ${code ?? String(error)}`);
    }
  }

  private list(): Listing {
    if (!this.listing) {
      const files = new Map<string, string>();
      const extraneous: string[] = [];
      for (const entry of readdirSync(this.dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === REGISTRY_DIR) continue;
        if (entry.name.endsWith(DATA_EXTENSION)) files.set(entry.name.slice(0, -DATA_EXTENSION.length), entry.name);
        // A README beside the data is fine; a "de.yml" or "DE.YAML" is a file someone meant to be read.
        else if (/\.ya?ml$/i.test(entry.name)) extraneous.push(entry.name);
      }
      this.listing = { files, extraneous };
    }
    return this.listing;
  }

  /** Ids of well-named files, sorted. */
  ids(): string[] {
    return [...this.list().files.keys()].filter((id) => JURISDICTION_ID.test(id)).sort();
  }

  /** Every `*.yaml` stem, including badly named ones (for the validator). */
  allStems(): string[] {
    return [...this.list().files.keys()].sort();
  }

  /** YAML files that will not be read because of their extension, such as `de.yml`. */
  otherEntries(): string[] {
    return [...this.list().extraneous].sort();
  }

  has(id: string): boolean {
    if (!JURISDICTION_ID.test(id)) return false;
    // Without a listing, look for the one entry: any kind counts, as in a listing (load reports what is wrong with it).
    return this.listing ? this.listing.files.has(id) : exists(join(this.dir, `${id}${DATA_EXTENSION}`));
  }

  pathOf(stem: string): string | undefined {
    if (this.listing || stem.startsWith('.') || /[/\\\0]/.test(stem)) {
      const name = this.list().files.get(stem);
      return name === undefined ? undefined : join(this.dir, name);
    }
    const path = join(this.dir, `${stem}${DATA_EXTENSION}`);
    return exists(path) ? path : undefined;
  }

  /** One file, read and parsed once for the life of the data set. */
  load(stem: string): LoadedJurisdiction {
    let loaded = this.cache.get(stem);
    if (!loaded) {
      loaded = this.read(stem);
      this.cache.set(stem, loaded);
    }
    return loaded;
  }

  /** One file, read and parsed now and kept by no one: for a pass over every file that needs each only once. */
  read(stem: string): LoadedJurisdiction {
    const path = this.pathOf(stem);
    if (path === undefined) throw new RangeError(`no data file for ${stem}`);
    return { id: stem, ...loadFile(path, JurisdictionSchema) };
  }

  /** One registry, read the first time it is asked for: from the folder's own _registry where it has the file, else the bundled one. */
  registry<K extends RegistryName>(name: K): Registries[K] {
    let loaded = this.registryCache.get(name);
    if (!loaded) {
      const own = join(this.dir, REGISTRY_DIR, `${name}.yaml`);
      loaded = loadFile(exists(own) ? own : join(bundledDataDir(), REGISTRY_DIR, `${name}.yaml`), REGISTRY_SCHEMAS[name]);
      this.registryCache.set(name, loaded);
    }
    return loaded as Registries[K];
  }

  /** Every registry (validate reads them all). */
  registries(): Registries {
    return Object.fromEntries((Object.keys(REGISTRY_SCHEMAS) as RegistryName[]).map((name) => [name, this.registry(name)])) as Registries;
  }
}

export function openDataset(dir: string = bundledDataDir()): Dataset {
  return new Dataset(dir);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
