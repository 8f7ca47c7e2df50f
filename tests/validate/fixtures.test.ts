import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/load/dataset.js';
import { validateDataset } from '../../src/validate/validate.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TODAY = '2026-11-28';

/** Every rule id the validator's source can emit, read from the code so a new rule cannot hide. */
function emittedRules(): Set<string> {
  const files = ['src/validate/rules.ts', 'src/load/parse-yaml.ts', 'src/load/schema-issues.ts', 'src/load/read-file.ts', 'src/load/dataset.ts', 'src/load/load-file.ts', 'src/validate/validate.ts'];
  const source = files.map((f) => readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8')).join('\n');
  return new Set([...source.matchAll(/'((?:schema|ref|range|date|treaty|money|confidence|offence|style|yaml|file|id|freshness)\/[a-z-]+)'/g)].map((m) => m[1]!));
}

/** Each folder under fixtures/invalid holds one broken case and an expected.txt of `file:line:col severity rule`. */
describe('validator fixtures', () => {
  const cases = readdirSync(join(root, 'invalid')).sort();

  it.each(cases)('%s yields exactly the expected diagnostics', (name) => {
    const dir = join(root, 'invalid', name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const report = validateDataset(openDataset(dir), { today: TODAY });
    const actual = report.diagnostics.map((d) => `${basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(actual).toEqual(expected);
    expect(report.diagnostics.some((d) => d.severity === 'error' || d.rule === 'style/modeline' || d.rule === 'file/extension')).toBe(true);
    for (const d of report.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });

  it('accepts the valid fixture data set without a single finding', () => {
    expect(validateDataset(openDataset(join(root, 'dataset')), { today: TODAY }).diagnostics).toEqual([]);
  });

  it('warns about stale files, and strict mode makes every warning an error', () => {
    const dataset = openDataset(join(root, 'dataset'));
    const stale = validateDataset(dataset, { today: TODAY, maxAgeDays: 305 });
    expect(stale.diagnostics.map((d) => `${d.file.split('/').pop()} ${d.severity} ${d.rule}`)).toEqual(['xa.yaml warning freshness/stale']);
    const strict = validateDataset(dataset, { today: TODAY, maxAgeDays: 305, strict: true });
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('covers every rule the validator can emit', () => {
    const seen = new Set(
      cases.flatMap((name) => readFileSync(join(root, 'invalid', name, 'expected.txt'), 'utf8').trim().split('\n').map((l) => l.split(' ')[2])),
    );
    const emitted = emittedRules();
    // Rules pinned elsewhere: freshness above; file limits in tests/validate/hostile-input.test.ts; rare yaml codes in unit tests.
    const elsewhere = new Set(['freshness/stale', 'file/too-large', 'file/not-regular', 'file/unreadable', 'yaml/too-complex', 'yaml/multiple-documents', 'yaml/non-string-key', 'yaml/warning', 'treaty/signed-without-date', 'treaty/status-conflict', 'treaty/withdrawn-without-date', 'date/before-opening', 'money/currency-and-unit', 'money/unlimited-with-amount', 'range/empty', 'schema/invalid']);
    const missing = [...emitted].filter((rule) => !seen.has(rule) && !elsewhere.has(rule));
    expect(missing).toEqual([]);
  });
});

describe('docs/DIAGNOSTICS.md', () => {
  it('documents every rule id the validator can emit', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/DIAGNOSTICS.md', import.meta.url)), 'utf8');
    const emitted = [...emittedRules()];
    expect(emitted.filter((rule) => !doc.includes(`\`${rule}\``))).toEqual([]);
  });
});
