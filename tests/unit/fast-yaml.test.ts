import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../src/load/fast-yaml.js';
import { parseYaml } from '../../src/load/parse-yaml.js';

/** The fast reader may decline any text, but what it reads must be exactly what the full parser reads, cleanly. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return true;
  const full = parseYaml('f.yaml', text);
  expect(full.diagnostics, text).toEqual([]);
  // JSON keeps key order and tells numbers, booleans and null from text.
  expect(JSON.stringify(fast.value), text).toBe(JSON.stringify(full.value));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const DATA_FILES = [...yamlFiles('jurisdictions'), ...yamlFiles('tests/fixtures')];

describe('parseSimpleYaml', () => {
  it('reads every bundled data file, and agrees with the full parser on every file it reads', () => {
    const read = yamlFiles('jurisdictions').filter((path) => parseSimpleYaml(readFileSync(path, 'utf8')) !== undefined);
    expect(read.length).toBeGreaterThan(40);
    for (const path of DATA_FILES) agrees(readFileSync(path, 'utf8'));
  });

  it('declines what it cannot be sure of', () => {
    for (const text of [
      'a: yes\n', 'a: No\n', 'on: 1\n', 'a: 012\n', 'a: 1e3\n', 'a: -1\n', 'a: .5\n', 'a: ~\n', 'a:\n', 'a: &x 1\nb: *x\n',
      'a: !!str 1\n', 'a: |\n  x\n', 'a: "x\n  y"\n', 'a: x\n  y\n', 'a: 1\na: 2\n', '---\na: 1\n', 'a: {b: 1,}\n', 'a: [1, ]\n',
      '__proto__: 1\n', 'a:\tb\n', 'a: b\u00a0\n', '\u00a0a: 1\n', 'a: x\u2003#y\n', 'a: b: c\n', 'a: 12:30\n', '- a\n', ' a: 1\n', 'a: "\\x41"\n', 'a: { b: c:d }\n', 'a: 0x1F\n',
    ]) {
      expect(parseSimpleYaml(text), text).toBeUndefined();
    }
  });

  it('reads nested mappings, sequences of mappings, flow collections and quoted text', () => {
    const text = [
      '# comment',
      'a: text with spaces # and a comment',
      'b:',
      '  c: [x, "y z", 1]',
      '  d: { min: 15y, max: life, k: 2.5 }',
      'e:',
      '  - when: one',
      "    note: 'it''s'",
      '  - when: two',
      'f: "esc \\" \\\\ \\u00e9"',
      'g: 2026-01-02',
      'h: null',
      'i: false',
      '',
    ].join('\n');
    expect(parseSimpleYaml(text)?.value).toEqual({
      a: 'text with spaces',
      b: { c: ['x', 'y z', 1], d: { min: '15y', max: 'life', k: 2.5 } },
      e: [{ when: 'one', note: "it's" }, { when: 'two' }],
      f: 'esc " \\ é',
      g: '2026-01-02',
      h: null,
      i: false,
    });
    agrees(text);
  });

  it('agrees with the full parser on mutated data files', () => {
    const sources = DATA_FILES.map((path) => readFileSync(path, 'utf8')).filter((t) => t.length < 20_000);
    const pieces = [' ', '  ', '\n', '\n  ', ':', ': ', '- ', '#', ' #', '"', "'", '\\', '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '?', '%', '@', '`', 'yes', 'No', '~', '0', '012', '1e3', '-', '.', '+', '2026-01-01', '12:30', 'true', 'null', 'é', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...pieces), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 3 }),
        (index, edits) => {
          let text = sources[index]!;
          for (const [where, piece, remove] of edits) {
            const at = Math.floor(where * text.length);
            text = text.slice(0, at) + piece + text.slice(at + remove);
          }
          return agrees(text);
        },
      ),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000) },
    );
  });
});
