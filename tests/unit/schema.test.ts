import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jurisdictionJsonSchema } from '../../src/schema/json-schema.js';
import { Jurisdiction } from '../../src/schema/jurisdiction.js';

describe('JSON Schema', () => {
  it('matches the committed schema/jurisdiction.schema.json (run `npm run schema` after changing the zod schema)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema/jurisdiction.schema.json', import.meta.url)), 'utf8');
    expect(`${JSON.stringify(jurisdictionJsonSchema(), null, 2)}\n`).toBe(committed);
  });

  it('is draft-07, closed to unknown keys, and documents its fields', () => {
    const schema = jurisdictionJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'parent', 'region', 'reviewed', 'sources']));
    expect(schema.properties.reviewed?.description).toMatch(/checked/);
  });

  it('rejects control characters and bidi overrides in every string field', () => {
    const base = {
      id: 'xa', name: 'A', kind: 'country', parent: null, region: 'Europe', legal_system: 'civil_law', reviewed: '2026-01-01',
      sources: { s: { title: 'T', url: 'https://example.org', kind: 'statute_official', accessed: '2026-01-01' } },
    };
    expect(Jurisdiction.safeParse(base).success).toBe(true);
    for (const evil of ['\u001b[2J', 'a\rb', '\u202eevil', 'bell\u0007', '\u009b31m', 'x\u2066y']) {
      expect(Jurisdiction.safeParse({ ...base, name: evil }).success, JSON.stringify(evil)).toBe(false);
      expect(Jurisdiction.safeParse({ ...base, notes: evil }).success, JSON.stringify(evil)).toBe(false);
    }
    expect(Jurisdiction.safeParse({ ...base, notes: 'two\nlines' }).success).toBe(true);
    expect(Jurisdiction.safeParse({ ...base, name: 'two\nlines' }).success).toBe(false);
  });
});
