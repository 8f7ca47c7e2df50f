import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

const rules = (text: string) => parseYaml('f.yaml', text).diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);

describe('parseYaml', () => {
  it('keeps YAML 1.1 booleans as strings and warns about them', () => {
    const parsed = parseYaml('f.yaml', 'a: NO\nb: yes\nc: 2026-01-01\n');
    expect(parsed.value).toEqual({ a: 'NO', b: 'yes', c: '2026-01-01' });
    expect(rules('a: NO\nb: yes\nc: 2026-01-01\n')).toEqual(['yaml/ambiguous-scalar 1:4', 'yaml/ambiguous-scalar 2:4', 'yaml/unquoted-date 3:4']);
    expect(rules('c: "2026-01-01"\n')).toEqual([]);
  });

  it('rejects duplicate keys, aliases, tags, several documents and non-string keys with positions', () => {
    expect(rules('a: 1\na: 2\n')).toEqual(['yaml/duplicate-key 2:1']);
    expect(rules('a: &x 1\nb: *x\n')).toEqual(['yaml/alias-not-allowed 2:4']);
    expect(rules('a: !!js/function "f"\n')).toEqual(['yaml/tag 1:4']);
    expect(rules('a: 1\n---\nb: 2\n')).toEqual(['yaml/multiple-documents 2:1']);
    expect(rules('? [a]\n: 1\n')).toEqual(['yaml/non-string-key 1:3']);
  });

  it('survives pathological nesting with one bounded error', () => {
    const parsed = parseYaml('f.yaml', '['.repeat(50_000));
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.length).toBeLessThanOrEqual(10);
    expect(parsed.diagnostics.some((d) => d.rule === 'yaml/too-complex')).toBe(true);
  });

  it('locates values, keys and the nearest parent of a missing key', () => {
    const parsed = parseYaml('f.yaml', 'a:\n  b:\n    - x\n    - y\n  c: 1\n');
    expect(parsed.positionOf(['a', 'b', 1])).toEqual({ line: 4, column: 7 });
    expect(parsed.positionOf(['a', 'c'], 'key')).toEqual({ line: 5, column: 3 });
    expect(parsed.positionOf(['a', 'missing'])).toEqual({ line: 2, column: 3 });
  });

  it('keeps __proto__ as plain data without touching prototypes', () => {
    const parsed = parseYaml('f.yaml', '__proto__:\n  polluted: 1\n');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
