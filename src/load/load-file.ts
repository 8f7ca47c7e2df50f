import type { z } from 'zod';
import type { Diagnostic } from '../diagnostic.js';
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

export { parseYaml, type ParsedYaml };
