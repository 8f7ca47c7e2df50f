import type { z } from 'zod';
import { Jurisdiction } from '../schema/jurisdiction.js';
import { OffenceRegistry, TreatyRegistry } from '../schema/registry.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { parseSimpleYaml } from './fast-yaml.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { displayPath } from './paths.js';
import { readDataFile } from './read-file.js';
import { schemaDiagnostics } from './schema-issues.js';

/** The outcome of reading one file: a value when it is schema-valid, always its diagnostics. */
export interface LoadedFile<T> {
  /** As shown to users: relative to the working directory where possible. */
  file: string;
  path: string;
  value: T | undefined;
  parsed: ParsedYaml | undefined;
  diagnostics: Diagnostic[];
}

/** The kinds of data file, by the schema each is checked against. */
export const DATA_SCHEMAS = { jurisdiction: Jurisdiction, offences: OffenceRegistry, treaties: TreatyRegistry } as const;
export type DataKind = keyof typeof DATA_SCHEMAS;

export function loadFile<S extends z.ZodType>(path: string, schema: S): LoadedFile<z.infer<S>> {
  return loadWith(path, schema, parseDataText);
}

/**
 * Same outcome as `loadFile`, sooner: a file in the plain YAML subset that passes the schema
 * is read without building a YAML document (see fast-yaml.ts); positions are worked out only
 * if someone asks for one, which happens only when a rule has something to report.
 */
export function loadDataFile<K extends DataKind>(path: string, kind: K): LoadedFile<z.infer<(typeof DATA_SCHEMAS)[K]>> {
  return loadWith(path, DATA_SCHEMAS[kind] as z.ZodType, parseDataTextFast) as LoadedFile<z.infer<(typeof DATA_SCHEMAS)[K]>>;
}

type ParseText = <S extends z.ZodType>(file: string, text: string, schema: S) => Omit<LoadedFile<z.infer<S>>, 'file' | 'path'>;

function loadWith<S extends z.ZodType>(path: string, schema: S, parse: ParseText): LoadedFile<z.infer<S>> {
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
  return { file, path, ...parse(file, read.text, schema) };
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

/** `parseDataText` with the fast reader first; anything it declines, or that fails the schema, takes the full path. */
export function parseDataTextFast<S extends z.ZodType>(file: string, text: string, schema: S): Omit<LoadedFile<z.infer<S>>, 'file' | 'path'> {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return parseDataText(file, text, schema);
  const result = schema.safeParse(fast.value);
  // Schema problems need positions for every issue: let the full path report them.
  if (!result.success) return parseDataText(file, text, schema);
  return { value: result.data, parsed: lazyParsed(file, text, fast.value), diagnostics: [] };
}

/**
 * A ParsedYaml that builds the YAML document only when asked for a position or the document.
 * The fast reader guarantees the full parse has no diagnostics and the same value.
 */
export function lazyParsed(file: string, text: string, value: unknown): ParsedYaml {
  return new LazyParsed(file, text, value);
}

class LazyParsed implements ParsedYaml {
  readonly diagnostics: ParsedYaml['diagnostics'] = [];
  private full: ParsedYaml | undefined;
  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: unknown,
  ) {}
  get document(): ParsedYaml['document'] {
    return this.parse().document;
  }
  positionOf(path: Parameters<ParsedYaml['positionOf']>[0], target?: 'key' | 'value'): ReturnType<ParsedYaml['positionOf']> {
    return this.parse().positionOf(path, target);
  }
  private parse(): ParsedYaml {
    return (this.full ??= parseYaml(this.file, this.text));
  }
}

export { parseYaml, type ParsedYaml };
