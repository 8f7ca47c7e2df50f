import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Jurisdiction } from '../schema/jurisdiction.js';
import { JURISDICTION_ID } from '../schema/primitives.js';
import { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { bundledDataDir, displayPath } from './paths.js';
import { readDataFile } from './read-file.js';
import { schemaDiagnostics } from './schema-issues.js';
import type { z } from 'zod';

export const REGISTRY_DIR = '_registry';
export const DATA_EXTENSION = '.yaml';

/** The outcome of reading one file: a value when it is schema-valid, always its diagnostics. */
export interface LoadedFile<T> {
  /** As shown to users: relative to the working directory where possible. */
  file: string;
  path: string;
  value: T | undefined;
  parsed: ParsedYaml | undefined;
  diagnostics: Diagnostic[];
}

export type LoadedJurisdiction = LoadedFile<Jurisdiction> & { id: string };

export interface Registries {
  offences: LoadedFile<OffenceRegistry>;
  treaties: LoadedFile<TreatyRegistry>;
}

export class DataDirectoryError extends Error {}

/**
 * A folder of jurisdiction files. Opening it lists file names only; each file is read and
 * parsed the first time a command asks for it.
 */
export class Dataset {
  readonly dir: string;
  private readonly files = new Map<string, string>();
  private readonly extraneous: string[] = [];
  private readonly cache = new Map<string, LoadedJurisdiction>();
  private registryCache: Registries | undefined;

  constructor(dir: string) {
    try {
      this.dir = realpathSync(dir);
      if (!statSync(this.dir).isDirectory()) throw new DataDirectoryError(`${displayPath(dir)} is not a directory`);
    } catch (error) {
      if (error instanceof DataDirectoryError) throw error;
      throw new DataDirectoryError(`cannot open data directory ${displayPath(dir)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const entry of readdirSync(this.dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === REGISTRY_DIR) continue;
      if (entry.name.endsWith(DATA_EXTENSION)) this.files.set(entry.name.slice(0, -DATA_EXTENSION.length), entry.name);
      // A README beside the data is fine; a "de.yml" or "DE.YAML" is a file someone meant to be read.
      else if (/\.ya?ml$/i.test(entry.name)) this.extraneous.push(entry.name);
    }
  }

  /** Ids of well-named files, sorted. */
  ids(): string[] {
    return [...this.files.keys()].filter((id) => JURISDICTION_ID.test(id)).sort();
  }

  /** Every `*.yaml` stem, including badly named ones (for the validator). */
  allStems(): string[] {
    return [...this.files.keys()].sort();
  }

  /** YAML files that will not be read because of their extension, such as `de.yml`. */
  otherEntries(): string[] {
    return [...this.extraneous].sort();
  }

  has(id: string): boolean {
    return this.files.has(id) && JURISDICTION_ID.test(id);
  }

  pathOf(stem: string): string | undefined {
    const name = this.files.get(stem);
    return name === undefined ? undefined : join(this.dir, name);
  }

  load(stem: string): LoadedJurisdiction {
    const cached = this.cache.get(stem);
    if (cached) return cached;
    const path = this.pathOf(stem);
    if (path === undefined) throw new RangeError(`no data file for ${stem}`);
    const loaded = { id: stem, ...loadFile(path, Jurisdiction) };
    this.cache.set(stem, loaded);
    return loaded;
  }

  registries(): Registries {
    if (!this.registryCache) {
      const own = join(this.dir, REGISTRY_DIR);
      const base = isDirectory(own) ? own : join(bundledDataDir(), REGISTRY_DIR);
      this.registryCache = {
        offences: loadFile(join(base, 'offences.yaml'), OffenceRegistry),
        treaties: loadFile(join(base, 'treaties.yaml'), TreatyRegistry),
      };
    }
    return this.registryCache;
  }
}

export function openDataset(dir: string = bundledDataDir()): Dataset {
  return new Dataset(dir);
}

export function loadFile<S extends z.ZodType>(path: string, schema: S): LoadedFile<z.infer<S>> {
  const file = displayPath(path);
  const read = readDataFile(path);
  if (!read.ok) {
    return {
      file,
      path,
      value: undefined,
      parsed: undefined,
      diagnostics: [{ rule: read.rule, severity: 'error', file, line: read.line ?? 1, column: read.column ?? 1, path: [], message: `the file ${read.message}` }],
    };
  }
  return { file, path, ...parseDataText(file, read.text, schema) };
}

/** Parses and checks the text of one data file against a schema; never throws on bad data. */
export function parseDataText<S extends z.ZodType>(file: string, text: string, schema: S): Omit<LoadedFile<z.infer<S>>, 'file' | 'path'> {
  const parsed = parseYaml(file, text);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { value: undefined, parsed, diagnostics };
  if (parsed.value === undefined || parsed.value === null) {
    diagnostics.push({ rule: 'file/empty', severity: 'error', file, line: 1, column: 1, path: [], message: 'the file is empty; a data file holds one mapping' });
    return { value: undefined, parsed, diagnostics };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    diagnostics.push(...schemaDiagnostics(parsed, result.error.issues));
    return { value: undefined, parsed, diagnostics };
  }
  return { value: result.data, parsed, diagnostics };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
