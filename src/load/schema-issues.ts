import type { z } from 'zod';
import type { ParsedYaml } from './parse-yaml.js';
import type { Diagnostic } from '../diagnostic.js';

/** Turns zod issues into positioned diagnostics with stable rule ids. */
export function schemaDiagnostics(parsed: ParsedYaml, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push({
          rule: 'schema/unknown-key',
          severity: 'error',
          file: parsed.file,
          ...parsed.positionOf(keyPath, 'key'),
          path: keyPath,
          message: `unknown key "${key}"${where(path)}; check its spelling against the data format`,
        });
      }
      continue;
    }
    const actual = valueAt(parsed.value, path);
    const missing = issue.code === 'invalid_type' && !actual.present;
    out.push({
      rule: missing ? 'schema/required' : issue.code === 'invalid_type' ? 'schema/type' : issue.code === 'invalid_value' ? 'schema/enum' : 'schema/invalid',
      severity: 'error',
      file: parsed.file,
      ...parsed.positionOf(path, missing ? 'key' : 'value'),
      path,
      message: missing ? `"${String(path[path.length - 1] ?? '')}" is required${where(path.slice(0, -1))}` : `${label(path)} ${describeIssue(issue, actual.value)}`,
    });
  }
  return out;
}

/** zod 4 leaves the offending input out of issues, so read it back from the parsed document. */
function valueAt(root: unknown, path: readonly (string | number)[]): { present: boolean; value: unknown } {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[segment];
  }
  return { present: true, value: node };
}

function describeIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}, not ${typeName(actual)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.origin === 'array' ? `must have at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_key':
      return 'has a key that is not allowed here (keys are lower-case letters, digits and "-")';
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function label(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : `"${path.map(String).join('.')}"`;
}

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '' : ` in "${path.map(String).join('.')}"`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false', null: 'null' };
  return names[expected] ?? expected;
}
