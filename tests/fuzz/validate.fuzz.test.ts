import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/load/dataset.js';
import { Jurisdiction } from '../../src/schema/jurisdiction.js';
import { checkJurisdiction, checkParent, positioned } from '../../src/validate/rules.js';
import { safeText } from '../../src/render/safe-text.js';

/** Files the parent rule can see: two countries and a subdivision. */
const KNOWN = new Map([['xa', { kind: 'country', region: 'Europe' }], ['xb', { kind: 'country', region: 'Asia' }], ['xa-n', { kind: 'subdivision', region: 'Europe' }]] as const);

/** Cases per property: a few thousand in every `npm test`; JURISDIFF_FUZZ_RUNS=100000 for a long run. */
export const FUZZ_RUNS = Number(process.env.JURISDIFF_FUZZ_RUNS) || 2000;
/** Long runs need time in proportion; a hang still fails, just later. */
const TIMEOUT = Math.max(60_000, FUZZ_RUNS * 10);

const SEEDS = ['xa', 'xa-n', 'xb'].map((id) => ({ id, text: readFileSync(new URL(`../fixtures/dataset/${id}.yaml`, import.meta.url), 'utf8') }));
const SCALARS = ['', '~', 'null', 'yes', 'NO', 'on', '0x1F', '1e309', '-1', 'life', '99999y', '2026-02-30', '[]', '{}', '"\\e[2J"', '&a x', '*a', '!!binary aGk=', '|', '>-', '"', "'", '\t', '__proto__', '? x', ': :', '- -', '#', '%YAML 1.1', '---', '...'];

/** One mutation of a valid file: the kinds of damage hand edits and bad merges do. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8, unit: 'binary' }), fc.constantFrom(...SCALARS)) }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...SCALARS)) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function mutate(text: string, m: { kind: string; at: number; text?: string; by?: number }): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'replace-value': {
      const line = lines[i]!;
      const colon = line.indexOf(': ');
      lines[i] = colon === -1 ? `${line}${m.text}` : `${line.slice(0, colon + 2)}${m.text}`;
      return lines.join('\n');
    }
    default: {
      const by = m.by ?? 0;
      lines[i] = by >= 0 ? ' '.repeat(by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
      return lines.join('\n');
    }
  }
}

describe(`validate under mutation (${FUZZ_RUNS} cases per property)`, () => {
  it('never throws and always returns success or diagnostics positioned inside the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const text = mutations.reduce((t, m) => mutate(t, m), seed.text);
        const loaded = parseDataText(`${seed.id}.yaml`, text, Jurisdiction);
        const diagnostics = [...loaded.diagnostics];
        if (loaded.value && loaded.parsed) {
          diagnostics.push(
            ...checkJurisdiction(loaded.value, loaded.parsed, { stem: seed.id, today: '2026-11-28', maxAgeDays: undefined, registries: { offences: undefined, treaties: undefined, aggravations: undefined, defences: undefined, countries: undefined } }),
            ...positioned(loaded.parsed, checkParent({ id: seed.id, parent: loaded.value.parent, region: loaded.value.region }, KNOWN)),
          );
        } else {
          expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
        const lineCount = text.split('\n').length;
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount + 1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('never lets a control or bidi character through safeText', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        expect(safeText(s)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(safeText(s, { singleLine: true })).not.toContain('\n');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);
});
